#ifndef TFMT_CZSTD_SHIM_H
#define TFMT_CZSTD_SHIM_H
#include <zstd.h>
#endif

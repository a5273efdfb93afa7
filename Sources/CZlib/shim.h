#ifndef TFMT_CZLIB_SHIM_H
#define TFMT_CZLIB_SHIM_H
#include <zlib.h>

// inflateInit2 is a macro that passes the header's version and struct size; Swift cannot call macros, so wrap it.
static inline int czlib_inflate_init2(z_stream *stream, int window_bits) {
    return inflateInit2(stream, window_bits);
}
#endif

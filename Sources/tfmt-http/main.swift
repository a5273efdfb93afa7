import TFMTCore
import TFMTHTTP

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

// The bridge is not in this build: say so plainly and fail, rather than pretend to serve.
fputs(HTTPBridge.unavailable.rendered() + "\n", stderr)
exit(1)

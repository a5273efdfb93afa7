import TFMTCore

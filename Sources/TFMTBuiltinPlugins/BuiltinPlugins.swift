import DeltaPlugin
import HudiPlugin
import IcebergPlugin
import PaimonPlugin
import TFMTCore

/// The plugins compiled into tfmtd.
public enum BuiltinPlugins {
    /// One instance of each built-in plugin, in the order they are registered.
    public static var all: [any TableFormatPlugin] {
        [DeltaPlugin(), IcebergPlugin(), HudiPlugin(), PaimonPlugin()]
    }
}

import TFMTCore

/// Detection and inspection across the active plugins.
enum TableAccess {
    /// What every plugin finds at `path`, in plugin order.
    static func detect(_ path: String, plugins: [any TableFormatPlugin]) async throws(TFMTError) -> [Detection] {
        var detections: [Detection] = []
        for plugin in plugins {
            if let detection = try await plugin.detect(at: path) { detections.append(detection) }
        }
        return detections
    }

    /// The record of the table at `path`, read by the plugin of `format`, or by the first plugin that detects it.
    static func inspect(
        _ path: String,
        plugins: [any TableFormatPlugin],
        format: TableFormat?,
        options: InspectOptions
    ) async throws(TFMTError) -> TableRecord {
        if let format {
            guard let plugin = plugins.first else {
                throw TFMTError(
                    .pluginNotActive,
                    "no active plugin reads \(format.displayName) tables",
                    context: ["format": .string(format.rawValue)],
                    resolution: ["Enable the \(format.displayName) plugin: tfmtctl plugins list shows its state."]
                )
            }
            return try await plugin.inspect(at: path, options: options)
        }
        for plugin in plugins where try await plugin.detect(at: path) != nil {
            return try await plugin.inspect(at: path, options: options)
        }
        throw .noTableFound(path, formats: plugins.map(\.metadata.format))
    }
}

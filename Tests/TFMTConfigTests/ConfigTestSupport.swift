import TFMTConfig
import TFMTCore
import Testing

/// Helpers shared by the configuration suites.
enum ConfigTestSupport {
    static let file = "/etc/tfmt/tfmtd.yaml"

    /// The root of the package, found from this file's path so the tests run from any working directory.
    static var packageRoot: String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }

    static func parse(_ yaml: String) throws(TFMTError) -> TFMTConfiguration {
        try ConfigurationLoader.parse(yaml, file: file)
    }

    /// The error `yaml` fails with, after checking what every configuration error must carry: its code, position,
    /// key path, file and a non-empty resolution.
    @discardableResult
    static func expectError(
        _ yaml: String,
        code: TFMTError.Code,
        line: Int,
        column: Int,
        key: String?,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> TFMTError? {
        let error = #expect(throws: TFMTError.self, sourceLocation: sourceLocation) {
            try ConfigurationLoader.parse(yaml, file: file)
        }
        guard let error else { return nil }
        #expect(error.code == code, "\(error.rendered())", sourceLocation: sourceLocation)
        #expect(error.context["file"] == .string(file), sourceLocation: sourceLocation)
        #expect(error.context["line"] == .int(Int64(line)), "\(error.rendered())", sourceLocation: sourceLocation)
        #expect(error.context["column"] == .int(Int64(column)), "\(error.rendered())", sourceLocation: sourceLocation)
        #expect(
            error.context["key"] == key.map(JSONValue.string),
            "\(error.rendered())",
            sourceLocation: sourceLocation
        )
        #expect(!error.resolution.isEmpty, sourceLocation: sourceLocation)
        #expect(error.resolution.allSatisfy { !$0.isEmpty }, sourceLocation: sourceLocation)
        #expect(error.context["snippet"]?.stringValue?.contains("^") == true, sourceLocation: sourceLocation)
        return error
    }
}

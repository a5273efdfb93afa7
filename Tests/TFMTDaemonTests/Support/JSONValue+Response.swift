import TFMTCore

/// Reading JSON-RPC responses decoded as plain JSON.
extension JSONValue {
    /// `error.code`, the JSON-RPC code of a failed response.
    var errorCode: Int64? { self["error"]?["code"]?.intValue }

    /// `error.data.code`, the TFMT code of a failed response.
    var tfmtCode: String? { self["error"]?["data"]?["code"]?.stringValue }

    /// `error.data.context[key]`.
    func errorContext(_ key: String) -> JSONValue? { self["error"]?["data"]?["context"]?[key] }

    /// `result`, for a successful response.
    var result: JSONValue? { self["result"] }

    /// `id`, `nil` when the member is absent; `.null` when the daemon could not read the request's id.
    var id: JSONValue? { self["id"] }
}

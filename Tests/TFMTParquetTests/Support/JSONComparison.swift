import TFMTCore

/// Compares JSON the way the fixtures mean it: integers and floating-point numbers compare by value (Python writes
/// `2.0`, which may decode as an integer), objects by key, arrays in order.
func jsonEquivalent(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.int(let a), .double(let b)), (.double(let b), .int(let a)):
        return Double(a) == b
    case (.array(let a), .array(let b)):
        return a.count == b.count && zip(a, b).allSatisfy { jsonEquivalent($0, $1) }
    case (.object(let a), .object(let b)):
        return a.count == b.count && a.allSatisfy { key, value in b[key].map { jsonEquivalent(value, $0) } ?? false }
    default:
        return lhs == rhs
    }
}

/// The first path at which two JSON values differ, for readable failures.
func jsonDifference(_ lhs: JSONValue, _ rhs: JSONValue, path: String = "$") -> String? {
    switch (lhs, rhs) {
    case (.array(let a), .array(let b)):
        guard a.count == b.count else { return "\(path): \(a.count) elements vs \(b.count)" }
        for (index, pair) in zip(a, b).enumerated() {
            if let difference = jsonDifference(pair.0, pair.1, path: "\(path)[\(index)]") { return difference }
        }
        return nil
    case (.object(let a), .object(let b)):
        for key in Set(a.keys).union(b.keys).sorted() {
            guard let left = a[key], let right = b[key] else { return "\(path).\(key): present on one side only" }
            if let difference = jsonDifference(left, right, path: "\(path).\(key)") { return difference }
        }
        return nil
    default:
        return jsonEquivalent(lhs, rhs) ? nil : "\(path): \(lhs) vs \(rhs)"
    }
}

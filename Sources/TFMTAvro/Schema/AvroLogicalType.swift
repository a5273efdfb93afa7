/// The logical types of the Avro specification (1.12), each on the underlying type the specification allows.
public enum AvroLogicalType: Sendable, Hashable {
    /// An arbitrary-precision decimal, the unscaled value in two's-complement big-endian `bytes` or `fixed`.
    case decimal(precision: Int, scale: Int)
    /// A UUID, on `string` (its text form) or `fixed` of 16 bytes.
    case uuid
    /// Days since 1970-01-01, on `int`.
    case date
    /// Milliseconds after midnight, on `int`.
    case timeMillis
    /// Microseconds after midnight, on `long`.
    case timeMicros
    /// Milliseconds since the Unix epoch in UTC, on `long`.
    case timestampMillis
    /// Microseconds since the Unix epoch in UTC, on `long`.
    case timestampMicros
    /// Nanoseconds since the Unix epoch in UTC, on `long`.
    case timestampNanos
    /// Milliseconds since 1970-01-01T00:00 in local time, on `long`.
    case localTimestampMillis
    /// Microseconds since 1970-01-01T00:00 in local time, on `long`.
    case localTimestampMicros
    /// Nanoseconds since 1970-01-01T00:00 in local time, on `long`.
    case localTimestampNanos
    /// Months, days and milliseconds as three little-endian unsigned 32-bit integers, on `fixed` of 12 bytes.
    case duration

    /// The name schemas use, such as `timestamp-micros`.
    public var name: String {
        switch self {
        case .decimal: "decimal"
        case .uuid: "uuid"
        case .date: "date"
        case .timeMillis: "time-millis"
        case .timeMicros: "time-micros"
        case .timestampMillis: "timestamp-millis"
        case .timestampMicros: "timestamp-micros"
        case .timestampNanos: "timestamp-nanos"
        case .localTimestampMillis: "local-timestamp-millis"
        case .localTimestampMicros: "local-timestamp-micros"
        case .localTimestampNanos: "local-timestamp-nanos"
        case .duration: "duration"
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Who is on the other end of a Unix socket connection, as the kernel says (`SO_PEERCRED`).
public struct PeerCredentials: Sendable, Hashable, CustomStringConvertible {
    public var pid: Int32
    public var uid: UInt32
    public var gid: UInt32

    public init(pid: Int32, uid: UInt32, gid: UInt32) {
        self.pid = pid
        self.uid = uid
        self.gid = gid
    }

    /// The daemon itself, for calls that do not come over the socket (the watchdog's self-check).
    public static var current: PeerCredentials {
        PeerCredentials(pid: getpid(), uid: getuid(), gid: getgid())
    }

    public var description: String { "pid \(pid), uid \(uid), gid \(gid)" }
}

/// Decides who may call mutating methods: uid 0, the daemon's own user, and members of the admin group (by primary
/// group or by membership in `/etc/group`).
public struct AccessPolicy: Sendable {
    /// The admin group's name or numeric id, or `nil` for none.
    public var adminGroup: String?

    public init(adminGroup: String?) {
        self.adminGroup = adminGroup
    }

    /// Whether `peer` may mutate.
    public func mayMutate(_ peer: PeerCredentials) -> Bool {
        if peer.uid == 0 || peer.uid == getuid() { return true }
        guard let adminGroup else { return false }
        if let gid = UInt32(adminGroup), peer.gid == gid { return true }
        guard let group = Self.group(named: adminGroup) else { return false }
        if peer.gid == group.gid { return true }
        guard let user = Self.userName(of: peer.uid) else { return false }
        return group.members.contains(user)
    }

    // The entries point into the buffer, so everything is read inside `withUnsafeMutableBufferPointer`.
    private static func group(named name: String) -> (gid: UInt32, members: [String])? {
        var buffer = [CChar](repeating: 0, count: 16_384)
        return buffer.withUnsafeMutableBufferPointer { storage -> (gid: UInt32, members: [String])? in
            var entry = SwiftGlibc.group()
            var result: UnsafeMutablePointer<SwiftGlibc.group>?
            guard let base = storage.baseAddress, getgrnam_r(name, &entry, base, storage.count, &result) == 0,
                result != nil
            else { return nil }
            var members: [String] = []
            if var cursor = entry.gr_mem {
                while let member = cursor.pointee {
                    members.append(String(cString: member))
                    cursor += 1
                }
            }
            return (entry.gr_gid, members)
        }
    }

    private static func userName(of uid: UInt32) -> String? {
        var buffer = [CChar](repeating: 0, count: 16_384)
        return buffer.withUnsafeMutableBufferPointer { storage -> String? in
            var entry = passwd()
            var result: UnsafeMutablePointer<passwd>?
            guard let base = storage.baseAddress, getpwuid_r(uid, &entry, base, storage.count, &result) == 0,
                result != nil, let name = entry.pw_name
            else { return nil }
            return String(cString: name)
        }
    }
}

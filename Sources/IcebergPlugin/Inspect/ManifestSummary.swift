import TFMTCore

/// What the current snapshot's manifest list and delete manifests say (inspect with detail).
struct ManifestSummary: Sendable, Hashable {
    /// The manifest list read, on this machine; `nil` for v1 snapshots that list manifests inline.
    var manifestList: String?
    /// Manifests of data files.
    var dataManifests = 0
    /// Manifests of delete files (v2+).
    var deleteManifests = 0
    /// Live position-delete files (Parquet, Avro or ORC).
    var positionDeleteFiles = 0
    /// Live equality-delete files.
    var equalityDeleteFiles = 0
    /// Live v3 deletion vectors (position deletes stored as Puffin blobs).
    var deletionVectors = 0

    /// The features the delete files prove.
    var features: Set<String> {
        var features: Set<String> = []
        if positionDeleteFiles > 0 {
            features.insert("positionDeletes")
        }
        if equalityDeleteFiles > 0 {
            features.insert("equalityDeletes")
        }
        if deletionVectors > 0 {
            features.insert("deletionVectors")
        }
        return features
    }

    /// The summary as the record's `details.manifests` shows it.
    var json: JSONValue {
        var kinds: [String] = []
        if positionDeleteFiles > 0 {
            kinds.append("position")
        }
        if equalityDeleteFiles > 0 {
            kinds.append("equality")
        }
        if deletionVectors > 0 {
            kinds.append("deletionVector")
        }
        var object: [String: JSONValue] = [
            "read": true,
            "dataManifests": JSONValue(dataManifests),
            "deleteManifests": JSONValue(deleteManifests),
            "deleteFiles": [
                "position": JSONValue(positionDeleteFiles),
                "equality": JSONValue(equalityDeleteFiles),
                "deletionVector": JSONValue(deletionVectors),
            ],
            "deleteFileKinds": JSONValue(kinds),
        ]
        object["manifestList"] = manifestList.map(JSONValue.string)
        return .object(object)
    }
}

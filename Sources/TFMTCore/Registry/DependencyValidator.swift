/// Checks a set of plugins against the host's plugin API and against each other: missing, disabled or
/// wrong-version dependencies, cycles, and dependencies that themselves failed.
struct DependencyValidator {
    let hostAPIVersion: Version
    let plugins: [String: (metadata: PluginMetadata, dependencies: DependencySpec, state: PluginState)]

    /// The errors of every plugin that takes part (not disabled, not merely discovered); empty lists for those that
    /// pass.
    func validate() -> [String: [TFMTError]] {
        let participants = plugins.filter { $0.value.state != .disabled && $0.value.state != .discovered }
        var errors: [String: [TFMTError]] = [:]
        for id in participants.keys.sorted() {
            errors[id] = apiErrors(id) + dependencyErrors(id)
        }
        for cycle in cycles(among: Set(participants.keys)) {
            let path = (cycle + [cycle[0]]).joined(separator: " → ")
            for id in cycle {
                errors[id, default: []].append(
                    TFMTError(
                        .dependencyCycle,
                        "plugin '\(id)' is part of a dependency cycle: \(path)",
                        context: ["plugin": .string(id), "cycle": JSONValue(cycle + [cycle[0]])],
                        resolution: [
                            "Remove one of the dependencies in the cycle \(path) from its plugin's manifest.",
                            "Then register the changed plugin again and run tfmtctl plugins validate.",
                        ]
                    )
                )
            }
        }
        // A plugin whose dependency fails fails too, transitively; iterate until nothing changes.
        var changed = true
        while changed {
            changed = false
            for id in participants.keys.sorted() where errors[id]?.isEmpty ?? true {
                let failed = plugins[id]!.dependencies.plugins.first { !(errors[$0.id]?.isEmpty ?? true) }
                guard let failed else { continue }
                errors[id] = [
                    TFMTError(
                        .dependencyFailed,
                        "plugin '\(id)' depends on '\(failed.id)', which failed validation",
                        context: ["plugin": .string(id), "dependency": .string(failed.id)],
                        resolution: [
                            "Fix '\(failed.id)' first (tfmtctl plugins show \(failed.id)), then validate again."
                        ]
                    )
                ]
                changed = true
            }
        }
        return errors
    }

    private func apiErrors(_ id: String) -> [TFMTError] {
        guard let plugin = plugins[id] else { return [] }
        var errors: [TFMTError] = []
        let accepted = plugin.dependencies.pluginAPI
        if plugin.metadata.apiVersion.major != hostAPIVersion.major || !accepted.contains(hostAPIVersion) {
            errors.append(
                TFMTError(
                    .pluginAPIMismatch,
                    "plugin '\(id)' needs plugin API \(accepted) but this tfmtd offers \(hostAPIVersion)",
                    context: [
                        "plugin": .string(id),
                        "builtFor": .string(plugin.metadata.apiVersion.description),
                        "accepts": .string(accepted.description),
                        "host": .string(hostAPIVersion.description),
                    ],
                    resolution: [
                        "Install a release of the plugin built for plugin API \(hostAPIVersion.major).x.",
                        "Or run a tfmtd whose plugin API version is in \(accepted).",
                    ]
                )
            )
        }
        return errors
    }

    private func dependencyErrors(_ id: String) -> [TFMTError] {
        guard let plugin = plugins[id] else { return [] }
        var errors: [TFMTError] = []
        for dependency in plugin.dependencies.plugins {
            guard let target = plugins[dependency.id], target.state != .discovered else {
                errors.append(
                    TFMTError(
                        .dependencyMissing,
                        "plugin '\(id)' needs plugin '\(dependency.id)' \(dependency.requirement), which is not registered",
                        context: [
                            "plugin": .string(id), "dependency": .string(dependency.id),
                            "requirement": .string(dependency.requirement.description),
                        ],
                        resolution: [
                            "Register '\(dependency.id)' (tfmtctl plugins add MANIFEST), then validate again.",
                            "Or remove the dependency from '\(id)'s manifest if it is not needed.",
                        ]
                    )
                )
                continue
            }
            if target.state == .disabled {
                errors.append(
                    TFMTError(
                        .dependencyDisabled,
                        "plugin '\(id)' needs plugin '\(dependency.id)', which is disabled",
                        context: ["plugin": .string(id), "dependency": .string(dependency.id)],
                        resolution: ["Enable it: tfmtctl plugins enable \(dependency.id)."]
                    )
                )
            } else if !dependency.requirement.contains(target.metadata.version) {
                errors.append(
                    TFMTError(
                        .dependencyVersionMismatch,
                        "plugin '\(id)' needs '\(dependency.id)' \(dependency.requirement) but \(target.metadata.version) is registered",
                        context: [
                            "plugin": .string(id), "dependency": .string(dependency.id),
                            "requirement": .string(dependency.requirement.description),
                            "found": .string(target.metadata.version.description),
                        ],
                        resolution: [
                            "Install a release of '\(dependency.id)' in \(dependency.requirement) and register it.",
                            "Or install a release of '\(id)' that accepts \(dependency.id) \(target.metadata.version).",
                        ]
                    )
                )
            }
        }
        return errors
    }

    /// Every elementary cycle found by a depth-first walk, each reported once, starting at its first member in id
    /// order so the report is stable.
    private func cycles(among ids: Set<String>) -> [[String]] {
        var found: [[String]] = []
        var seen: Set<[String]> = []
        var finished: Set<String> = []
        var stack: [String] = []
        var onStack: Set<String> = []

        func walk(_ id: String) {
            stack.append(id)
            onStack.insert(id)
            for dependency in plugins[id]?.dependencies.plugins ?? [] where ids.contains(dependency.id) {
                if onStack.contains(dependency.id) {
                    let start = stack.firstIndex(of: dependency.id)!
                    var cycle = Array(stack[start...])
                    let first = cycle.indices.min { cycle[$0] < cycle[$1] }!
                    cycle = Array(cycle[first...] + cycle[..<first])
                    if seen.insert(cycle).inserted { found.append(cycle) }
                } else if !finished.contains(dependency.id) {
                    walk(dependency.id)
                }
            }
            stack.removeLast()
            onStack.remove(id)
            finished.insert(id)
        }
        for id in ids.sorted() where !finished.contains(id) { walk(id) }
        return found
    }
}

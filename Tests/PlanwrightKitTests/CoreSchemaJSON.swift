import Foundation
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// A loaded YAML tree as JSON text, each scalar typed as YAML 1.2's core schema types it: what an
/// editor such as yaml-language-server validates against a schema. Not PyYAML, which reads YAML
/// 1.1 (`yes` a boolean, `2026-09-08` a date object) and would test the schema against the wrong values.
enum CoreSchemaJSON {
    static func json(_ node: YAMLNode) -> String {
        switch node.kind {
        case .scalar: return scalar(node)
        case .sequence: return "[" + node.items.map(json).joined(separator: ",") + "]"
        case .mapping: return "{" + node.pairs.map { quote($0.key.scalar ?? "") + ":" + json($0.value) }.joined(separator: ",") + "}"
        }
    }

    /// Loads a YAML file and converts it; nil when it does not load.
    static func json(file url: URL) -> String? {
        guard case let .success(source) = SourceFiles.read(url.path, limits: .standard),
              let tree = YAMLLoader().load(source).tree else { return nil }
        return json(tree.root)
    }

    /// The core schema's rules for plain scalars; quoted and block scalars are always strings.
    private static func scalar(_ node: YAMLNode) -> String {
        let text = node.scalar ?? ""
        guard node.style == .plain, node.tag == nil else { return quote(text) }
        if node.isNull { return "null" }
        switch text {
        case "true", "True", "TRUE": return "true"
        case "false", "False", "FALSE": return "false"
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return "Infinity"
        case "-.inf", "-.Inf", "-.INF": return "-Infinity"
        case ".nan", ".NaN", ".NAN": return "NaN"
        default: break
        }
        if text.wholeMatch(of: /[-+]?[0-9]+/) != nil {
            let digits = text.hasPrefix("+") ? String(text.dropFirst()) : text
            return Int(digits).map(String.init) ?? String(Double(digits) ?? 0)
        }
        if let octal = text.wholeMatch(of: /0o([0-7]+)/), let value = Int(octal.1, radix: 8) { return String(value) }
        if let hex = text.wholeMatch(of: /0x([0-9a-fA-F]+)/), let value = Int(hex.1, radix: 16) { return String(value) }
        if text.wholeMatch(of: /[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?/) != nil, let value = Double(text) {
            return String(value)
        }
        return quote(text)
    }

    private static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}

/// Validates JSON instances against a schema with Python's `jsonschema` (Draft 2020-12), the
/// reference implementation, in one run. A machine without python3 or jsonschema fails the test:
/// `.ci/install-deps --test` installs it.
enum JSONSchemaValidator {
    struct Failure: Error, CustomStringConvertible { var description: String }

    private static let script = """
        import json, sys
        from jsonschema import Draft202012Validator
        data = json.load(open(sys.argv[1]))
        Draft202012Validator.check_schema(data["schema"])
        validator = Draft202012Validator(data["schema"])
        def leaves(error):
            # Of the alternatives of an anyOf, follow the one that got furthest into the value, as editors do.
            if not error.context:
                return [error]
            branches = {}
            for sub in error.context:
                branches.setdefault(sub.relative_schema_path[0], []).append(sub)
            best = max(branches.values(), key=lambda errors: max(len(e.absolute_path) for e in errors))
            return [leaf for sub in best for leaf in leaves(sub)]
        def problems(instance):
            return sorted("/".join(map(str, e.absolute_path)) + ": " + e.message
                          for error in validator.iter_errors(instance) for e in leaves(error))
        print(json.dumps({name: problems(instance) for name, instance in data["instances"].items()}))
        """

    /// The problems found in each instance, by name; throws when the schema itself is not valid.
    static func validate(schema: String, instances: [String: String]) throws -> [String: [String]] {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-schema-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: input) }
        let members = instances.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ",\n")
        try Data("{\"schema\": \(schema),\n\"instances\": {\(members)}}".utf8).write(to: input)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, input.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let results = try JSONSerialization.jsonObject(with: stdout) as? [String: [String]] else {
            throw Failure(description: "python3 with jsonschema failed (exit \(process.terminationStatus)): \(String(decoding: stderr, as: UTF8.self))")
        }
        return results
    }
}

import CYAML
import PlanwrightKit

/// Load and validate times on a state-scale plan, as ratios to libyaml's own event loop
/// over the same bytes, all measured in this one run.
enum LoadBenchmark {
    static func run(repetitions: Int) {
        let bytes = Array(StatePlan.yaml().utf8)
        let source = SourceText(path: "state.yaml", bytes: bytes)
        print("state-scale plan: \(bytes.count / 1_000) kB, 2,000 schools, 100,000 staff, 2,000 milestones")

        // Interleaved rounds, best of each: a slow patch of the machine hits all three alike.
        var events = 0, nodes = 0, problems = -1
        var libyaml = Duration.seconds(1_000), load = libyaml, validate = libyaml
        for _ in 0..<repetitions {
            libyaml = min(libyaml, ContinuousClock().measure { events = libyamlEventLoop(bytes) })
            load = min(load, ContinuousClock().measure { nodes = YAMLLoader().load(source).tree?.nodeCount ?? 0 })
            validate = min(validate, ContinuousClock().measure { problems = PlanLoader().load(source).diagnostics.count })
        }

        print("libyaml event loop       \(format(libyaml))   1.00×   (\(events) events)")
        print("load (node tree)         \(format(load))   \(ratio(load, libyaml))   (\(nodes) nodes; target ≤ 2×)")
        print("load + decode + validate \(format(validate))   \(ratio(validate, libyaml))   (\(problems) diagnostics; target ≤ 3×)")

        let district = SourceText(path: "district.yaml", bytes: Array(StatePlan.yaml(schools: 50, staff: 3_000, goals: 20).utf8))
        let districtCheck = best(of: repetitions) { _ = PlanLoader().load(district) }
        print("district plan (50 schools, 3,000 staff, \(district.bytes.count / 1_000) kB) checked in \(format(districtCheck))")

        let laughs = SourceText(path: "laughs.yaml", bytes: Array(billionLaughs.utf8))
        var refused = false
        let refusal = best(of: repetitions) { refused = YAMLLoader().load(laughs).tree == nil }
        print("billion laughs (10^9 values by aliases) \(refused ? "refused" : "NOT REFUSED") in \(format(refusal))")
    }

    static var billionLaughs: String {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        return text
    }

    /// libyaml parsing every event and doing nothing with it: the floor for any loader.
    static func libyamlEventLoop(_ bytes: [UInt8]) -> Int {
        var parser = yaml_parser_t()
        yaml_parser_initialize(&parser)
        defer { yaml_parser_delete(&parser) }
        var count = 0
        bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                count += 1
                if done { break }
            }
        }
        return count
    }
}

func best(of repetitions: Int, _ body: () -> Void) -> Duration {
    var fastest = Duration.seconds(1_000)
    for _ in 0..<repetitions {
        let elapsed = ContinuousClock().measure(body)
        fastest = min(fastest, elapsed)
    }
    return fastest
}

func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

func format(_ d: Duration) -> String {
    let ms = seconds(d) * 1000
    let text = ms >= 100 ? String(Int(ms.rounded())) : ms >= 1 ? String(Double(Int(ms * 10)) / 10) : String(Double(Int(ms * 1000)) / 1000)
    return String(repeating: " ", count: max(0, 6 - text.count)) + text + " ms"
}

func ratio(_ a: Duration, _ b: Duration) -> String {
    let r = seconds(a) / seconds(b)
    return String(Double(Int(r * 100)) / 100) + "×"
}

@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// A plan with a state's top level, for the board page's caps: every indicator rated, 200 goals
/// (as the benchmark's state plan has), each with a measure going badly and a pilot, go/no-go
/// and rollout, all of it late by spring; a dozen funding sources with long names, each charged
/// more than it has, grants whose money ends under recurring costs, and costs (every seventh goal's) nobody pays for.
/// Only a few schools and staff: the board page's length depends on none of them.
enum StateSizedBoardPlan {
    static let goals = 200
    static let sources = 12
    static let asOf = "2027-04-14"

    static let indicators = ["shared-vision", "equity-of-access", "continuous-improvement", "collaborative-teams", "tool-audit",
                             "measurement-capacity", "stakeholder-engagement", "needs-driven-selection", "interoperability", "privacy-security",
                             "school-implementation-plans", "infrastructure-support", "pilot-and-gate", "differentiated-training",
                             "initiative-coordination", "utilization-measures", "instructional-impact", "review-and-sunset", "workflow-fit",
                             "data-flow", "coherent-ecosystem"]

    static func yaml(goals: Int = goals) -> String {
        var out = """
            planwright: 1
            district:
              name: Department of Elementary and Secondary Education of the Commonwealth, Office of Digital Learning and Educational Technology
              vision: Every classroom in the state uses technology that fits the teacher's week, with the same basics at every school.
              team:
                - { name: Dana Ortiz, role: State EdTech Director }
                - { name: Keisha Brown, role: Grade 4 Teacher }
            framework: edtech-systems
            year:
              start: 2026-08-24
              end: 2027-06-11
              pd_days: [2026-10-09, 2027-01-04]
              early_release: wednesday
            assessment:
              date: 2026-05-14
              ratings:

            """
        for (n, id) in indicators.enumerated() { out += "    \(id): { current: 1, target: \(3 + n % 2) }\n" }
        out += "schools:\n"
        for s in 0..<4 { out += "  - { id: sch\(s), name: School Number \(s), grades: K-12, students: \(400 + s * 50) }\n" }
        out += "staff:\n"
        for s in 0..<4 {
            out += "  - { id: t\(s)a, name: Ana Álvarez \(s), school: sch\(s), comfort: 5, champion: yes }\n"
            out += "  - { id: t\(s)b, name: Siobhán Ó Briain \(s), school: sch\(s), comfort: 2 }\n"
        }
        out += "goals:\n"
        for g in 0..<goals {
            let source = "src\(g % sources)"
            out += """
                  - id: goal\(g)
                    title: Goal number \(g) of the statewide plan, with a title as long as the ones a state writes for its work
                    indicators: [\(indicators[g % indicators.count])]
                    owner: Dana Ortiz
                    measures:
                      - { name: Measure \(g) of how schools across the state use what goal \(g) brings them each week, unit: percent, baseline: 20, target: 90,
                          by: 2027-05-28, observations: [{ date: 2026-10-02, value: 21 }, { date: 2027-03-05, value: 24 }] }
                    costs:
                      - { item: Licences for goal \(g), category: software, amount: 1500, every: year\(g % 7 == 0 ? "" : ", funding: \(source)") }
                    milestones:
                      - { id: g\(g)-pilot, title: Pilot of goal \(g) with volunteer teachers, days: 10, kind: pilot, owner: Dana Ortiz }
                      - { id: g\(g)-gate, title: "Go/no-go on goal \(g): pilot results", days: 2, after: [g\(g)-pilot], kind: gate, owner: Dana Ortiz,
                          not_before: 2027-0\(5 + g % 2)-0\(1 + g % 5) }
                      - { id: g\(g)-rollout, title: Goal \(g) reaches every classroom, days: 5, after: [g\(g)-gate], kind: rollout, owner: Dana Ortiz }

                """
        }
        out += "funding:\n"
        for s in 0..<sources {
            let name = "State and federal source number \(s) for digital learning, with its programme's full legal name"
            out += s % 3 == 0
                ? "  - { id: src\(s), name: \"\(name)\", total: 3000, from: FY2027, to: FY2027 }\n"
                : "  - { id: src\(s), name: \"\(name)\", amount: 2000 }\n"
        }
        return out
    }

    static func plan(goals: Int = goals) throws -> ImprovementPlan {
        let result = PlanFixture.run(yaml(goals: goals), asOf: asOf)
        guard let plan = result.improvementPlan else {
            throw GeneratedDistrict.Failure(message: result.diagnostics.filter { $0.severity == .error }.prefix(5).map(\.message).joined(separator: "\n"))
        }
        return plan
    }
}

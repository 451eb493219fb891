import PlanwrightDocument
import PlanwrightModel

/// Pitfall 2 of the evaluation brief, for tools: a rollout of a tool that does not sign in with
/// the district's accounts, does not get its class lists from the SIS, or has no signed privacy
/// agreement is launched before it works. Each such rollout is a finding, and the go/no-go gates
/// just before it carry what must be true first, so the gate's line says what to check.
struct RolloutReadiness {
    let plan: Plan
    /// The planned tools by id (the first of a repeated id).
    let tools: [String: PlannedTool]

    struct Result {
        var findings: [EcosystemFinding] = []
        /// What each gate (by milestone id) must see before it says go.
        var gates: [String: [GateCondition]] = [:]
    }

    func check(_ milestones: [ScheduledMilestone]) -> Result {
        var result = Result()
        let goals = Dictionary(plan.goals.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let scheduled = Dictionary(milestones.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for milestone in plan.milestones where milestone.kind == .rollout && milestone.status != .done {
            guard let use = milestone.tool ?? goals[milestone.goal]?.tool else { continue }
            let id = use.tool.id
            // A tool the inventory does not list is not known to connect or to have an agreement.
            let tool = tools[id]
            let integrated = tool?.isIntegrated ?? false, signed = tool?.privacy == .signed
            guard !integrated || !signed else { continue }
            result.findings.append(EcosystemFinding(.rolloutNotReady(milestone: milestone.id, tool: id, integrated: integrated, privacySigned: signed),
                                                    at: milestone.location))
            let conditions = EcosystemPhrases.conditions(tool: id, integrated: integrated, privacySigned: signed)
            for gate in Self.gates(before: milestone.id, in: scheduled) {
                for condition in conditions where !result.gates[gate, default: []].contains(condition) {
                    result.gates[gate, default: []].append(condition)
                }
            }
        }
        return result
    }

    /// The go/no-go gates nearest before a milestone: the plan's own or the one the planner
    /// added, found by walking back through what it comes after and stopping at each gate.
    static func gates(before id: String, in milestones: [String: ScheduledMilestone]) -> [String] {
        var found: [String] = [], seen: Set<String> = [id], queue = milestones[id]?.after ?? []
        while let next = queue.first {
            queue.removeFirst()
            guard seen.insert(next).inserted, let milestone = milestones[next] else { continue }
            if milestone.kind == .gate { found.append(next) } else { queue += milestone.after }
        }
        return found
    }
}

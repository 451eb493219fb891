import PlanwrightDocument
import PlanwrightModel

/// What the planner makes of the district's tools (`tools:`): each tool as facts, the
/// inventory's figures, and the findings a leader should act on, each at the plan line to
/// change. Integration over addition: a tool that does not connect, is barely used, overlaps
/// another or is added beside one that stays is a decision to make, not one more app.
struct EcosystemPlanner {
    let plan: Plan
    let scopeSchools: ScopeSchools

    struct Result {
        var ecosystem: PlannedEcosystem
        /// What each go/no-go gate (by milestone id) must see before it says go.
        var gates: [String: [GateCondition]]
        /// Schools, grades and tools visited: the scale test counts it.
        var work: Int
    }

    /// Nil when the plan lists no tools. `milestones` are the scheduled ones, gates included.
    func plan(milestones: [ScheduledMilestone]) -> Result? {
        let inventory = plan.tools
        guard !inventory.isEmpty else { return nil }
        let tools = inventory.tools
        let reach = tools.map { scopeSchools.positions(in: $0.scope) }
        var ecosystem = PlannedEcosystem(lowUtilization: inventory.lowUtilization?.value ?? ToolInventory.defaultLowUtilization)
        ecosystem.tools = zip(tools, reach).map { tool, positions in PlannedTool(tool, schools: positions.map { scopeSchools[$0].id }) }
        ecosystem.evidence = EcosystemEvidence(ecosystem.tools)
        let planned = Dictionary(ecosystem.tools.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        var findings: [EcosystemFinding] = []
        for (tool, facts) in zip(tools, ecosystem.tools) {
            findings += toolFindings(tool, facts, below: ecosystem.lowUtilization)
        }
        var overlaps = ToolOverlaps(tools: tools, reach: reach, scopeSchools: scopeSchools)
        for group in overlaps.groups() {
            // At the plan's line for the last tool it lists; an app report's row only when the plan lists none.
            let last = tools[group.tools.last { tools[$0].inPlan } ?? group.tools[group.tools.count - 1]]
            findings.append(EcosystemFinding(.overlap(purpose: group.purpose, tools: group.tools.map { tools[$0].id },
                                                      schools: group.schools.map { scopeSchools[$0].id }),
                                             at: last.purpose?.location ?? last.location))
        }
        findings += additions(tools: tools, overlaps: &overlaps)
        let rollouts = RolloutReadiness(plan: plan, tools: planned).check(milestones)
        findings += rollouts.findings
        ecosystem.findings = findings
        return Result(ecosystem: ecosystem, gates: rollouts.gates, work: overlaps.work + reach.reduce(0) { $0 + $1.count })
    }

    /// What is wrong with one tool on its own: not connected, barely used, no privacy agreement
    /// (or one ending within the year), renewing before it is decided on. A tool only the app
    /// report shows is one finding, unvetted: vetting it asks all of these.
    private func toolFindings(_ tool: Tool, _ facts: PlannedTool, below threshold: Share) -> [EcosystemFinding] {
        guard tool.inPlan else { return [EcosystemFinding(.unvetted(tool: tool.id), at: facts.location)] }
        var findings: [EcosystemFinding] = []
        let sso = facts.sso != .no, rostering = facts.rostering != .no
        if !sso || !rostering {
            let written = !sso ? tool.integration.sso : tool.integration.rostering
            findings.append(EcosystemFinding(.notIntegrated(tool: tool.id, sso: sso, rostering: rostering),
                                             at: written?.location ?? tool.integration.location ?? tool.location))
        }
        if let latest = facts.latestUtilization, latest.share < threshold {
            findings.append(EcosystemFinding(.lowUtilization(tool: tool.id, share: latest.share, below: threshold, on: latest.date),
                                             at: tool.licences?.location ?? tool.location))
        }
        switch tool.privacy {
        case nil:
            findings.append(EcosystemFinding(.privacyMissing(tool: tool.id, status: nil), at: tool.location))
        case let privacy? where privacy.status.value != .signed:
            findings.append(EcosystemFinding(.privacyMissing(tool: tool.id, status: privacy.status.value), at: privacy.status.location))
        case let privacy?:
            if let expires = privacy.expires, expires.value < plan.year.end {
                findings.append(EcosystemFinding(.privacyExpiring(tool: tool.id, expires: expires.value), at: expires.location))
            }
        }
        if let renewal = tool.renewal, let by = tool.decision?.by, renewal.value < by.value {
            findings.append(EcosystemFinding(.renewalBeforeDecision(tool: tool.id, renewal: renewal.value, decisionBy: by.value), at: by.location))
        }
        return findings
    }

    /// Goals and milestones that bring in a tool (`introduces:`) while tools for the same purpose
    /// stay (no decision to retire or replace them) where the work reaches: adding a tool is a
    /// decision about the ones already there. A milestone repeating its goal's tool is its goal's.
    private func additions(tools: [Tool], overlaps: inout ToolOverlaps) -> [EcosystemFinding] {
        let index = Dictionary(tools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var works: [(id: String, use: ToolUse, scope: Scope)] = []
        for goal in plan.goals {
            if let use = goal.tool, use.introduces { works.append((goal.id, use, goal.declaredScope.applied(to: .everyone))) }
            for milestone in goal.milestones {
                guard let use = milestone.tool, use.introduces,
                      goal.tool.map({ !$0.introduces || $0.tool.id != use.tool.id }) ?? true else { continue }
                works.append((milestone.id, use, milestone.scope))
            }
        }
        return works.compactMap { work in
            let new = index[work.use.tool.id]
            guard let position = new, let purpose = tools[position].purpose?.value else { return nil }
            let staying = overlaps.tools(of: purpose, in: work.scope, except: position).filter { other in
                let action = tools[other].decision?.action.value
                return tools[other].inPlan && action != .retire && action != .replace
            }
            guard !staying.isEmpty else { return nil }
            return EcosystemFinding(.addsWithoutReplacing(work: work.id, tool: work.use.tool.id, samePurpose: staying.sorted().map { tools[$0].id }),
                                    at: work.use.tool.location)
        }
    }
}

import PlanwrightDocument

/// The inventory against the rest of the plan: each tool once, used at schools the plan has,
/// looked after by someone it knows; the tools goals, milestones and decisions name are in it;
/// and a count of active users that no licence count could hold is questioned.
extension PlanValidator {
    func checkTools(schools: Set<String>) {
        let tools = plan.tools.tools
        let ids = unique(tools.map(\.id), .tool) { tools[$0].location }.union(incomplete.ids(.tools))
        let people = incomplete.missing.contains(.staff) ? nil : Self.people(plan)
        for tool in tools {
            for school in tool.declaredScope.schoolReferences {
                resolve(school, in: schools, Message("validate_lead_tool_used_at_school", ["tool": .text(tool.id)]), IdentifiedEntry.school.noun(), unless: .schools)
            }
            if let owner = tool.owner, let people {
                resolveOwner(owner, people, Message("validate_lead_tool_looked_after_by", ["tool": .text(tool.id)]))
            }
            if let replacement = tool.decision?.replacement {
                if replacement.id == tool.id {
                    reader.error(Message("validate_tool_replaced_with_itself", ["tool": .text(tool.id)]), at: replacement.location)
                } else {
                    resolve(replacement, in: ids, Message("validate_lead_tool_replaced_with", ["tool": .text(tool.id)]), Message("validate_noun_listed_tool"))
                }
            }
            checkSeats(tool)
        }
        for goal in plan.goals {
            let goalsOwn = goal.tool?.tool.location
            if let use = goal.tool { resolve(use, in: ids, work: Message("decode_named_goal", ["name": .text(goal.id)])) }
            // A milestone's tool that is its goal's was checked with the goal.
            for milestone in goal.milestones {
                if let use = milestone.tool, use.tool.location != goalsOwn {
                    resolve(use, in: ids, work: Message("decode_named_milestone", ["name": .text(milestone.id)]))
                }
            }
        }
    }

    private func resolve(_ use: ToolUse, in ids: Set<String>, work: Message) {
        let lead = use.introduces ? Message("validate_lead_work_introduces", ["work": .message(work)])
            : Message("validate_lead_work_about_tool", ["work": .message(work)])
        resolve(use.tool, in: ids, lead, Message("validate_noun_listed_tool"))
    }

    /// More people active than seats paid for is a count taken wrong (people counted twice, a
    /// period longer than the licences') or licences not written up to date: a warning, since
    /// either may be true, at the count.
    private func checkSeats(_ tool: Tool) {
        guard let licences = tool.licences?.value else { return }
        for count in tool.activeUsers where count.value > Double(licences) {
            let users = Int(count.value)
            reader.warning(Message("validate_tool_more_users_than_seats", count: users, [
                "tool": .text(tool.id), "users": .number(users), "date": .text("\(count.date)"), "seats": .message(CostUnit.seat.phrase(licences)),
            ]), at: count.location)
        }
    }
}

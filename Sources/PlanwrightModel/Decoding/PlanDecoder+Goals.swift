import PlanwrightDocument

extension PlanDecoder {
    func decodeGoal(_ node: YAMLNode) -> Goal? {
        guard let fields = reader.fields(of: node, PlanShapes.goal) else { return nil }
        let id = reader.identifier(fields, "id"), title = reader.text(fields, "title")
        guard let id, let title else {
            // Its milestones are still checked, and others may come after them.
            let tool = decodeToolUse(fields)
            for milestone in reader.list(fields, "milestones").compactMap({ decodeMilestone($0, goal: id ?? "", goalScope: decodeScope(fields), goalTool: tool) }) {
                incomplete.add(milestone.id, to: .milestones)
            }
            return nil
        }
        let indicators = reader.references(fields, "indicators")
        let scope = decodeScope(fields)
        let tool = decodeToolUse(fields)
        var goal = Goal(
            id: id, title: title, description: reader.text(fields, "description"), indicators: indicators,
            ownerReference: reader.textReference(fields, "owner"), declaredScope: scope,
            measures: reader.list(fields, "measures").compactMap { decodeMeasure($0, goal: id, goalScope: scope) }, costs: decodeCosts(fields, work: Message("budget_work_goal", ["goal": .text("\(id)")]), grades: scope.grades?.value),
            milestones: reader.list(fields, "milestones").compactMap { decodeMilestone($0, goal: id, goalScope: scope, goalTool: tool) },
            location: node.location)
        goal.forFamilies = localizedText(fields, "for_families")
        goal.tool = tool
        return goal
    }

    private func decodeMeasure(_ node: YAMLNode, goal: String, goalScope: DeclaredScope) -> Measure? {
        guard let fields = reader.fields(of: node, PlanShapes.measure) else { return nil }
        let observations = reader.list(fields, "observations").compactMap { item -> Observation? in
            guard let observation = reader.fields(of: item, PlanShapes.observation),
                  let date = reader.date(observation, "date"), let value = reader.number(observation, "value") else { return nil }
            return Observation(date: date, value: value, location: item.location)
        }
        guard let name = reader.text(fields, "name"), let baseline = reader.number(fields, "baseline"),
              let target = reader.number(fields, "target") else { return nil }
        let scope = decodeScope(fields)
        checkNarrows(scope, goal: goalScope, milestoneID: Excerpt.of(name), goalID: goal, isMeasure: true)
        let steps = reader.list(fields, "steps").compactMap { item -> MeasureStep? in
            guard let step = reader.fields(of: item, PlanShapes.measureStep),
                  let by = reader.date(step, "by"), let target = reader.number(step, "target") else { return nil }
            return MeasureStep(by: by, target: target, location: item.location)
        }
        let by = reader.date(fields, "by")
        checkStepsInOrder(steps, by: by, measure: name)
        let kind = fields["kind"].flatMap { value in reader.choice(value, fields.describing("kind"), as: MeasureKind.self).map { Located($0, at: value.location) } }
        return Measure(name: name, unit: reader.text(fields, "unit"), baseline: baseline, target: target,
                       by: by, observations: observations, location: node.location,
                       from: fields["from"].flatMap(decodeMeasureStart), steps: steps,
                       declaredScope: scope, scope: scope.applied(to: goalScope.applied(to: .everyone)), kind: kind)
    }

    /// `from:` a date (2027-02-01) or a milestone's id (lms-rollout): which one, by its form.
    private func decodeMeasureStart(_ node: YAMLNode) -> MeasureStart? {
        if let text = node.scalar, let date = SchoolDate(iso: text) { return .date(date) }
        return reader.identifier(node, Message("decode_from_of_a_measure")).map { .milestone(Reference($0, at: node.location)) }
    }

    /// Steps come one after another and before the final target's date: a step past `by` would
    /// ask for a value after the measure is judged done.
    private func checkStepsInOrder(_ steps: [MeasureStep], by: SchoolDate?, measure: String) {
        for (previous, step) in zip(steps, steps.dropFirst()) where step.by <= previous.by {
            reader.error(Message("decode_measure_steps_out_of_order", ["measure": .text(Excerpt.of(measure)), "date": .text("\(step.by)"), "previous": .text("\(previous.by)")]),
                         at: step.location)
        }
        if let by, let last = steps.last, last.by >= by {
            reader.error(Message("decode_measure_step_not_before_by", ["measure": .text(Excerpt.of(measure)), "date": .text("\(last.by)"), "by": .text("\(by)")]),
                         at: last.location)
        }
    }

    /// `goalTool` is its goal's `tool:` or `introduces:`, which it takes where it writes neither
    /// (as it takes its goal's scope).
    func decodeMilestone(_ node: YAMLNode, goal: String, goalScope: DeclaredScope, goalTool: ToolUse? = nil) -> Milestone? {
        guard let fields = reader.fields(of: node, PlanShapes.milestone) else { return nil }
        let id = reader.identifier(fields, "id"), title = reader.text(fields, "title"), days = reader.integer(fields, "days")
        let after = reader.references(fields, "after", acceptsSingle: true)
        let on = reader.located(fields, "on"), notBefore = reader.located(fields, "not_before"), due = reader.located(fields, "due")
        let kind = reader.choice(fields, "kind", as: MilestoneKind.self) ?? .task
        let (status, doneOn, blockedBecause, since) = decodeStatus(fields, milestone: id)
        if let on, let notBefore, on.value < notBefore.value {
            reader.error(Message("decode_milestone_on_before_not_before", ["id": .text(id ?? "?"), "on": .text("\(on.value)"), "not_before": .text("\(notBefore.value)")]),
                         at: on.location)
        }
        let scope = decodeScope(fields)
        checkNarrows(scope, goal: goalScope, milestoneID: id ?? "?", goalID: goal)
        let costs = decodeCosts(fields, work: Message("budget_work_milestone", ["milestone": .text(id ?? "?")]), grades: (scope.grades ?? goalScope.grades)?.value)
        let carriedFrom = decodeSchoolYear(fields, "carried_from", milestone: id, meaning: Message("decode_year_carried_from"))
        let gatePassed = decodeSchoolYear(fields, "gate_passed", milestone: id, meaning: Message("decode_year_gate_passed"))
        let tool = decodeToolUse(fields)
        let (participants, participantCount) = decodeParticipants(fields, milestone: id)
        if !participants.isEmpty || participantCount != nil, kind != .pilot, let node = fields["participants"] {
            reader.error(Message("decode_participants_not_pilot", ["id": .text(id ?? "?"), "kind": .message(Self.phrase(kind))]), at: node)
        }
        guard let id, let title, let days else { incomplete.add(id, to: .milestones); return nil }
        var milestone = Milestone(
            id: id, title: title, description: reader.text(fields, "description"), days: days, after: after,
            on: on, notBefore: notBefore, due: due, ownerReference: reader.textReference(fields, "owner"), kind: kind,
            declaredScope: scope, scope: scope.applied(to: goalScope.applied(to: .everyone)), status: status,
            doneOn: doneOn, blockedBecause: blockedBecause, since: since, goal: goal, location: node.location, costs: costs, carriedFrom: carriedFrom, gatePassed: gatePassed)
        milestone.participants = participants
        milestone.participantCount = participantCount
        milestone.forFamilies = localizedText(fields, "for_families")
        milestone.tool = tool ?? goalTool
        return milestone
    }

    /// `participants: [t-040, t-061]` names the pilot's staff; `participants: 8` asks the planner
    /// to propose that many.
    private func decodeParticipants(_ fields: Fields, milestone id: String?) -> ([Reference], Located<Int>?) {
        guard let node = fields["participants"] else { return ([], nil) }
        guard node.isScalar else { return (reader.references(fields, "participants"), nil) }
        guard let text = node.scalar, let count = Int(text), (1...10_000).contains(count) else {
            // Both forms in the message: someone who wrote a name meant the list.
            let found: Message.Value = node.scalar.flatMap { Int($0) }.map { .text(String($0)) } ?? .message(node.kindPhrase)
            reader.error(Message("decode_participants_not_list_or_count", ["id": .text(id ?? "?"), "found": found]), at: node)
            return ([], nil)
        }
        return ([], Located(count, at: node.location))
    }

    /// `carried_from: 2026-27`, `gate_passed: 2026-27`: a school year, as districts name them.
    private func decodeSchoolYear(_ fields: Fields, _ key: String, milestone id: String?, meaning: Message) -> SchoolYearName? {
        guard let node = fields[key], let text = reader.text(node, fields.describing(key)) else { return nil }
        guard let year = SchoolYearName(text) else {
            reader.error(Message("decode_not_a_school_year", ["key": .text(key), "id": .text(id ?? "?"), "meaning": .message(meaning), "text": .text(Excerpt.of(text))]),
                         at: node)
            return nil
        }
        return year
    }

    /// `status`, `done_on`, `blocked_because` and `since`, which must agree: a date of finishing
    /// belongs to finished work, a reason for being blocked to blocked work, the day a status was
    /// recorded to a status that has one (finished work has `done_on`).
    func decodeStatus(_ fields: Fields, milestone id: String?) -> (MilestoneStatus, SchoolDate?, String?, SchoolDate?) {
        let written = reader.choice(fields, "status", as: MilestoneStatus.self)
        let status = written ?? .planned
        let doneOn = reader.located(fields, "done_on")
        if let doneOn { doneOnDates.append(DoneOnDate(milestone: id ?? "?", date: doneOn)) }
        if let doneNode = fields["done_on"], status != .done, fields["status"] != nil {
            reader.error(Message("decode_done_on_but_not_done", ["id": .text(id ?? "?"), "status": .text(status.rawValue)]), at: doneNode)
        }
        let blockedBecause = reader.text(fields, "blocked_because")
        // A status that is there but not valid has its own error; this one would only repeat it.
        if let reasonNode = fields["blocked_because"], status != .blocked, written != nil || fields["status"] == nil {
            reader.error(Message("decode_blocked_because_but_not_blocked", ["id": .text(id ?? "?"), "status": .text(status.rawValue)]), at: reasonNode)
        }
        let since = reader.located(fields, "since")
        if let sinceNode = fields["since"], status != .inProgress, status != .blocked, written != nil || fields["status"] == nil {
            reader.error(Message("decode_since_but_no_status_since", ["id": .text(id ?? "?"), "status": .text(status.rawValue)]), at: sinceNode)
        }
        if let since { sinceDates.append(DoneOnDate(milestone: id ?? "?", date: since)) }
        let holds = status == .inProgress || status == .blocked
        return (status, doneOn?.value, status == .blocked ? blockedBecause : nil, holds ? since?.value : nil)
    }

    /// `progress:` entries, keyed by the id of a milestone the planner generates.
    func decodeProgress(_ plan: Fields) -> [RecordedProgress] {
        reader.dictionary(plan, "progress").compactMap { pair in
            guard let id = reader.identifier(pair.key, Message("decode_milestone_id_under_progress")),
                  let fields = reader.fields(of: pair.value, PlanShapes.progressEntry, context: Message("decode_context_progress_of", ["id": .text(id)])) else { return nil }
            let (status, doneOn, blockedBecause, since) = decodeStatus(fields, milestone: id)
            return RecordedProgress(milestone: Reference(id, at: pair.key.location), status: status, doneOn: doneOn,
                                    blockedBecause: blockedBecause, since: since, location: pair.value.location)
        }
    }

    /// A milestone's kind as a message names it: "rollout", "implementación".
    static func phrase(_ kind: MilestoneKind) -> Message {
        switch kind {
        case .pilot: Message("milestone_kind_pilot")
        case .gate: Message("milestone_kind_gate")
        case .rollout: Message("milestone_kind_rollout")
        case .training: Message("milestone_kind_training")
        case .review: Message("milestone_kind_review")
        case .task: Message("milestone_kind_task")
        }
    }
}

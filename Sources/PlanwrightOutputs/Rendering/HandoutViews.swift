import PlanwrightDocument
import PlanwrightPlanning

/// What the templates see: plain dictionaries built from the `ImprovementPlan`.
///
/// Values are plan text as written; templates escape them for their format (`HTML`, `MARKDOWN`).
/// Markdown a plan writes comes also made safe for each format: `_html` and `_md`.
///
/// Every key is always present (empty text or `false` when there is nothing to show), because
/// a missing key is how a misspelt template variable is caught.
enum HandoutViews {
    typealias View = [String: any Sendable]

    static func plan(_ p: ImprovementPlan, warnings: [Diagnostic]) -> View {
        let people = People(p)
        let states = Self.states(p)
        let cycles: [View] = p.cycles.map { cycle in
            let here = p.milestones.filter { $0.cycle == cycle.number }
            let priorities = p.priorities.filter { $0.cycle == cycle.number }
            return ["name": cycle.name, "start": "\(cycle.start)", "end": "\(cycle.end)", "school_days": cycle.schoolDays,
                    "priorities": priorities.map { priority($0, scale: p.scale) }, "has_priorities": !priorities.isEmpty,
                    "gantt": SVGCharts.gantt(here, cycle: cycle), "milestones": here.map { milestone($0, states[$0.id]) }, "has_milestones": !here.isEmpty]
        }
        let deferred = p.priorities.filter { $0.cycle == nil }
        return [
            "district": p.district, "framework": p.framework, "start": "\(p.start)", "end": "\(p.end)",
            "school_days": p.schoolDays, "focus_per_cycle": p.focusPerCycle,
            "vision": p.vision, "vision_html": MarkdownHTML.render(p.vision), "vision_md": MarkdownSource.render(p.vision),
            "assessment_chart": SVGCharts.assessment(p),
            "assessment": p.assessment.map { a -> View in
                ["name": a.name, "domain": a.domainName,
                 "current": p.scale.levelName(a.current, offScale: "\(a.current)"), "target": p.scale.levelName(a.target, offScale: "\(a.target)"),
                 "evidence": a.evidence ?? "", "evidence_html": a.evidence.map(MarkdownHTML.render) ?? "",
                 "evidence_md": a.evidence.map(MarkdownSource.render) ?? ""]
            },
            "cycles": cycles,
            "deferred": deferred.map { priority($0, scale: p.scale) }, "has_deferred": !deferred.isEmpty,
            "goals": p.goals.map { goal(_: $0) },
            "training": training(p, people: people, groups: p.training.groups, sessions: Dictionary(grouping: p.training.sessions, by: \.group)),
            "champion_schools": p.schools.map { champions(at: $0, in: p, people: people) },
            "warnings": warnings.map { warning($0) }, "has_warnings": !warnings.isEmpty,
            "progress": progress(p),
        ]
    }

    static func school(_ id: String, in p: ImprovementPlan) -> View {
        school(id, in: p, index: Index(p))
    }

    /// Lookups every school's view needs, built once: a state has thousands of schools.
    struct Index {
        let people: People
        let groupsBySchool: [String: [TrainingGroup]]
        let sessionsByGroup: [String: [TrainingSession]]
        let states: [String: MilestoneProgress.State]

        init(_ p: ImprovementPlan) {
            people = People(p)
            states = HandoutViews.states(p)
            var groups: [String: [TrainingGroup]] = [:]
            for group in p.training.groups {
                for school in Set(group.members.compactMap(people.school)) { groups[school, default: []].append(group) }
            }
            groupsBySchool = groups
            sessionsByGroup = Dictionary(grouping: p.training.sessions, by: \.group)
        }
    }

    /// The handout speaks as of the date the plan was re-planned from: its coming weeks start there.
    static func school(_ id: String, in p: ImprovementPlan, index: Index) -> View {
        let people = index.people
        let asOf = p.progress.asOf
        let school = p.schools.first { $0.id == id }!
        let cycle = p.cycles.last { $0.start <= asOf } ?? p.cycles.first
        let horizon = asOf.adding(days: 42)
        let soon = p.milestones.filter { m in
            (m.schools.isEmpty || m.schools.contains(id)) && m.status != .done && m.end >= asOf && m.start <= horizon
        }
        // The focus a staff meeting can hold: the goals under way this cycle, and any framework
        // priority placed in it, not every indicator those goals touch.
        let active = Set(p.milestones.filter { $0.cycle == cycle?.number && $0.status != .done }.compactMap(\.goal))
        let focus: [View] = p.goals.filter { active.contains($0.id) }.map { goal in
            headline(p.progress.measures.first { $0.goal == goal.id }, asOf: asOf)
                .merging(["name": goal.title, "detail": goal.owner.map { "led by \($0)" } ?? ""]) { $1 }
        } + p.priorities.filter { $0.cycle == cycle?.number && $0.goal == nil }.map {
            headline(nil, asOf: asOf).merging(["name": $0.name, "detail": "\($0.current) → \($0.target)"]) { $1 }
        }
        let champions = p.champions.assignments.filter { $0.school == id }
        var help: [View] = champions.map {
            ["name": people.name($0.champion), "what": "technology champion", "email": people.email($0.champion), "has_email": !people.email($0.champion).isEmpty]
        }
        if let principal = school.principal { help.append(["name": principal, "what": "principal", "email": "", "has_email": false]) }
        let needs = school.needsSupport.filter { $0 != .general }.map { $0.rawValue.replacingOccurrences(of: "_", with: " ") }
        return [
            "district": p.district, "school": school.name, "school_id": id,
            "principal": school.principal ?? "", "has_principal": school.principal != nil,
            "flagged": !school.needsSupport.isEmpty, "needs_support": needs.joined(separator: ", "), "has_needs": !needs.isEmpty,
            "as_of": "\(asOf)", "until": "\(horizon)", "cycle": cycle?.name ?? "", "cycle_end": cycle.map { "\($0.end)" } ?? "",
            "focus": focus, "has_focus": !focus.isEmpty,
            // A handout is one page: the first `handoutMilestones`, and how many more the district plan lists.
            "milestones": soon.prefix(Self.handoutMilestones).map { milestone($0, index.states[$0.id]) }, "has_milestones": !soon.isEmpty,
            "more_milestones": max(0, soon.count - Self.handoutMilestones), "has_more_milestones": soon.count > Self.handoutMilestones,
            "training": training(p, people: people, groups: index.groupsBySchool[id] ?? [], sessions: index.sessionsByGroup),
            "champions": champions.map { ["name": people.name($0.champion), "colleagues": people.list($0.colleagues), "count": $0.colleagues.count] as View },
            "has_champions": !champions.isEmpty,
            "without": p.champions.unassigned.filter { $0.school == id && $0.reason != .excluded }
                .map { ["name": people.name($0.staff), "reason": PeopleTextReport.reason($0.reason)] as View },
            "has_without": p.champions.unassigned.contains { $0.school == id && $0.reason != .excluded },
            "help": help, "has_help": !help.isEmpty,
            "progress": progress(p, concerning: id, headlineOf: active),
        ]
    }

    static let handoutMilestones = 8

    /// Every name a view offers to templates. Templates are checked against it when they load,
    /// so a misspelt name is found even inside a section that is empty for this plan; a test
    /// keeps it in step with the views.
    static let vocabulary: Set<String> = [
        "added", "as_of", "as_of_note", "assessment", "assessment_chart", "at_risk", "attention", "baseline", "by", "champion_schools", "champions", "chart",
        "colleagues", "comfort", "count", "current", "cycle", "cycle_end", "cycles", "days", "deferred",
        "description", "description_html", "description_md", "detail", "discuss", "district", "domain", "done", "email", "end", "evidence",
        "evidence_html", "evidence_md", "facilitator", "flagged", "focus", "focus_per_cycle", "framework", "from", "gantt", "goal",
        "goals", "groups", "has_as_of_note", "has_attention", "has_by", "has_champions", "has_deferred", "has_email", "has_facilitator", "has_focus",
        "has_goal", "has_groups", "has_help", "has_latest", "has_measure", "has_measures", "has_milestones", "has_more_milestones",
        "has_needs", "has_principal", "has_priorities", "has_sessions", "has_state", "has_status", "has_warnings", "has_without",
        "help", "id", "kind", "label", "late", "latest", "latest_on", "location", "measure", "measures", "member_count", "members", "message",
        "milestones", "minutes", "more_milestones", "name", "needs_support", "on_track", "owner", "place", "principal",
        "priorities", "progress", "reason", "school", "school_days", "school_id", "sessions", "severity", "start", "state", "status",
        "summary", "target", "title", "to", "tracks", "training", "trend", "unit", "until", "vision", "vision_html", "vision_md", "warnings", "what",
        "why", "without",
    ]

    private static func priority(_ p: Priority, scale: [String]) -> View {
        ["name": p.name, "current": p.current, "target": p.target, "why": p.why, "goal": p.goal ?? "", "has_goal": p.goal != nil, "discuss": p.discussFirst]
    }

    static func states(_ p: ImprovementPlan) -> [String: MilestoneProgress.State] {
        Dictionary(p.progress.milestones.map { ($0.id, $0.state) }, uniquingKeysWith: { a, _ in a })
    }

    /// `state` is set only when late or at risk: what a table should make stand out.
    private static func milestone(_ m: ScheduledMilestone, _ state: MilestoneProgress.State?) -> View {
        let flagged = state.flatMap { $0 == .late || $0 == .atRisk ? $0 : nil }
        return ["id": m.id, "title": m.title, "kind": m.kind.rawValue, "start": "\(m.start)", "end": "\(m.end)", "days": m.days,
                "owner": m.owner ?? "", "status": m.status.words, "has_status": m.status != .planned,
                "state": flagged?.rawValue ?? "", "label": flagged?.label ?? "", "has_state": flagged != nil,
                "added": m.origin == .addedBeforeRollout, "framework": m.origin == .framework]
    }

    private static func goal(_ g: PlannedGoal) -> View {
        ["id": g.id, "title": g.title, "owner": g.owner ?? "", "description": g.description ?? "",
         "description_html": g.description.map(MarkdownHTML.render) ?? "", "description_md": g.description.map(MarkdownSource.render) ?? "",
         "measures": g.measures.map { m -> View in
             ["name": m.name, "unit": m.unit ?? "", "baseline": MeasureTrend.number(m.baseline), "target": MeasureTrend.number(m.target),
              "by": m.by.map { "\($0)" } ?? "", "has_by": m.by != nil, "latest": m.latest.map(MeasureTrend.number) ?? "", "has_latest": m.latest != nil,
              "latest_on": m.latestOn.map { "\($0)" } ?? ""]
         },
         "has_measures": !g.measures.isEmpty]
    }

    /// Training as a school sees it (its groups) or the district (all groups).
    private static func training(_ p: ImprovementPlan, people: People, groups shown: [TrainingGroup],
                                 sessions sessionsByGroup: [String: [TrainingSession]]) -> View {
        let tracks: [View] = p.training.tracks.map { track in
            let groups = shown.filter { $0.track == track.id }
            return ["name": track.name, "comfort": track.comfort, "members": track.members, "sessions": track.sessions, "minutes": track.minutes,
                    "groups": groups.map { group -> View in
                        let sessions = sessionsByGroup[group.id] ?? []
                        return ["id": group.id, "place": people.place(group), "facilitator": group.facilitator.map(people.name) ?? "",
                                "has_facilitator": group.facilitator != nil, "members": people.list(group.members),
                                "member_count": group.members.count,
                                "sessions": sessions.map(\.when).joined(separator: ", "),
                                "has_sessions": !sessions.isEmpty]
                    },
                    "has_groups": !groups.isEmpty]
        }
        let focus = p.training.sessions.first?.focus ?? []
        return ["from": "\(p.training.window.from)", "to": "\(p.training.window.to)", "reason": p.training.window.reason,
                "tracks": tracks, "focus": focus.joined(separator: "; "), "has_focus": !focus.isEmpty]
    }

    private static func champions(at school: PlannedSchool, in p: ImprovementPlan, people: People) -> View {
        let here = p.champions.assignments.filter { $0.school == school.id }
        let without = p.champions.unassigned.filter { $0.school == school.id }
        return ["school": school.name,
                "champions": here.map { ["name": people.name($0.champion), "colleagues": people.list($0.colleagues)] as View },
                "has_champions": !here.isEmpty,
                "without": without.map { ["name": people.name($0.staff), "reason": PeopleTextReport.reason($0.reason)] as View },
                "has_without": !without.isEmpty]
    }

    private static func warning(_ d: Diagnostic) -> View {
        ["severity": d.severity.rawValue, "location": d.location.map { "line \($0.line)" } ?? "", "message": d.message]
    }

    /// Names and schools of staff, looked up by id.
    struct People {
        let byID: [String: PlannedPerson]
        let schools: [String: String]

        init(_ p: ImprovementPlan) {
            byID = Dictionary(p.staff.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            schools = Dictionary(p.schools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        }

        func name(_ id: String) -> String { byID[id]?.name ?? id }
        func email(_ id: String) -> String { byID[id]?.email ?? "" }
        func school(_ id: String) -> String? { byID[id]?.school }
        func list(_ ids: [String]) -> String { ids.map(name).joined(separator: ", ") }

        func place(_ group: TrainingGroup) -> String {
            let names = group.schools.compactMap { schools[$0] }
            return names.count == 1 ? names[0] : "pooled: " + names.joined(separator: ", ")
        }
    }
}

extension TrainingSession {
    /// "2026-12-09 (early release)", as handouts and the terminal show a session.
    var when: String { "\(date) (\(slot == .pdDays ? "PD day" : "early release"))" }
}

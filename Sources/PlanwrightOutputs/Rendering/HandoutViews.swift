import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// What the templates see: plain dictionaries built from the `ImprovementPlan`.
///
/// Values are plan text as written; templates escape them for their format (`HTML`, `MARKDOWN`).
/// Markdown a plan writes comes also made safe for each format: `_html` and `_md`.
///
/// Every key is always present (empty text or `false` when there is nothing to show), because
/// a missing key is how a misspelt template variable is caught.
///
/// Views are built as `Fields`, keyed by `ViewKey`, so every name a view offers is in the
/// vocabulary templates are checked against; they reach Mustache as `View`, keyed by name.
enum HandoutViews {
    typealias View = [String: any Sendable]
    typealias Fields = [ViewKey: any Sendable]

    static func plan(_ p: ImprovementPlan, warnings: [Diagnostic], people: PlannedPeople) -> View {
        View(planFields(p, warnings: warnings, people: people))
    }

    private static func planFields(_ p: ImprovementPlan, warnings: [Diagnostic], people: PlannedPeople) -> Fields {
        let states = Self.states(p)
        let cycles: [Fields] = p.cycles.map { cycle in
            let here = p.milestones.filter { $0.cycle == cycle.number }
            let priorities = p.priorities.filter { $0.cycle == cycle.number }
            return [.name: cycle.name, .start: "\(cycle.start)", .end: "\(cycle.end)", .schoolDays: cycle.schoolDays,
                    .priorities: priorities.map { priority($0, scale: p.scale) }, .hasPriorities: !priorities.isEmpty,
                    .gantt: SVGCharts.gantt(here, cycle: cycle), .milestones: here.map { milestone($0, states[$0.id]) }, .hasMilestones: !here.isEmpty]
        }
        let deferred = p.priorities.filter { $0.cycle == nil }
        return [
            .district: p.district, .framework: p.framework, .start: "\(p.start)", .end: "\(p.end)",
            .schoolDays: p.schoolDays, .focusPerCycle: p.focusPerCycle,
            .vision: p.vision, .visionHtml: MarkdownHTML.render(p.vision), .visionMd: MarkdownSource.render(p.vision),
            .assessmentChart: SVGCharts.assessment(p),
            .assessment: p.assessment.map { a -> Fields in
                [.name: a.name, .domain: a.domainName,
                 .current: p.scale.levelName(a.current, offScale: "\(a.current)"), .target: p.scale.levelName(a.target, offScale: "\(a.target)"),
                 .evidence: a.evidence ?? "", .evidenceHtml: a.evidence.map(MarkdownHTML.render) ?? "",
                 .evidenceMd: a.evidence.map(MarkdownSource.render) ?? ""]
            },
            .cycles: cycles,
            .deferred: deferred.map { priority($0, scale: p.scale) }, .hasDeferred: !deferred.isEmpty,
            .goals: p.goals.map { goal(_: $0) },
            .training: training(p, people: people, groups: p.training.groups, sessions: Dictionary(grouping: p.training.sessions, by: \.group),
                                everyProgramme: true),
            .championSchools: p.schools.map { champions(at: $0, in: p, people: people) },
            .warnings: warnings.map { warning($0) }, .hasWarnings: !warnings.isEmpty,
            .progress: progress(p),
        ]
    }

    static func school(_ id: String, in p: ImprovementPlan) -> View {
        school(id, in: p, index: Index(p, people: PlannedPeople(p)))
    }

    /// Lookups every school's view needs, built once: a state has thousands of schools.
    struct Index {
        let people: PlannedPeople
        let groupsBySchool: [String: [TrainingGroup]]
        let sessionsByGroup: [String: [TrainingSession]]
        let states: [String: MilestoneProgress.State]

        init(_ p: ImprovementPlan, people: PlannedPeople) {
            self.people = people
            states = HandoutViews.states(p)
            var groups: [String: [TrainingGroup]] = [:]
            for group in p.training.groups {
                for school in Set(group.members.compactMap { people.person($0)?.school }) { groups[school, default: []].append(group) }
            }
            groupsBySchool = groups
            sessionsByGroup = Dictionary(grouping: p.training.sessions, by: \.group)
        }
    }

    static func school(_ id: String, in p: ImprovementPlan, index: Index) -> View {
        View(schoolFields(id, in: p, index: index))
    }

    /// The handout speaks as of the date the plan was re-planned from: its coming weeks start there.
    private static func schoolFields(_ id: String, in p: ImprovementPlan, index: Index) -> Fields {
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
        let focus: [Fields] = p.goals.filter { active.contains($0.id) }.map { goal in
            headline(p.progress.measures.first { $0.goal == goal.id }, asOf: asOf)
                .merging([.name: goal.title, .detail: goal.owner.map { "led by \($0)" } ?? "no lead yet"]) { $1 }
        } + p.priorities.filter { $0.cycle == cycle?.number && $0.goal == nil }.map {
            headline(nil, asOf: asOf).merging([.name: $0.name, .detail: "\($0.current) → \($0.target)"]) { $1 }
        }
        let champions = p.champions.assignments.filter { $0.school == id }
        var help: [Fields] = champions.map {
            [.name: people.name($0.champion), .what: "technology champion", .email: people.email($0.champion), .hasEmail: !people.email($0.champion).isEmpty]
        }
        if let principal = school.principal { help.append([.name: principal, .what: "principal", .email: "", .hasEmail: false]) }
        let needs = school.needsSupport.filter { $0 != .general }.map { $0.rawValue.replacingOccurrences(of: "_", with: " ") }
        return [
            .district: p.district, .school: school.name, .schoolId: id,
            .principal: school.principal ?? "", .hasPrincipal: school.principal != nil,
            .flagged: !school.needsSupport.isEmpty, .needsSupport: needs.joined(separator: ", "), .hasNeeds: !needs.isEmpty,
            .asOf: "\(asOf)", .until: "\(horizon)", .cycle: cycle?.name ?? "", .cycleEnd: cycle.map { "\($0.end)" } ?? "",
            .focus: focus, .hasFocus: !focus.isEmpty,
            // A handout is one page: the first `handoutMilestones`, and how many more the district plan lists.
            .milestones: soon.prefix(Self.handoutMilestones).map { milestone($0, index.states[$0.id]) }, .hasMilestones: !soon.isEmpty,
            .moreMilestones: max(0, soon.count - Self.handoutMilestones), .hasMoreMilestones: soon.count > Self.handoutMilestones,
            .training: training(p, people: people, groups: index.groupsBySchool[id] ?? [], sessions: index.sessionsByGroup, school: id),
            .champions: champions.map { [.name: people.name($0.champion), .colleagues: people.list($0.colleagues), .count: $0.colleagues.count] as Fields },
            .hasChampions: !champions.isEmpty,
            .without: p.champions.unassigned.filter { $0.school == id && $0.reason != .excluded }
                .map { [.name: people.name($0.staff), .reason: PeopleTextReport.reason($0.reason)] as Fields },
            .hasWithout: p.champions.unassigned.contains { $0.school == id && $0.reason != .excluded },
            .help: help, .hasHelp: !help.isEmpty,
            .progress: progress(p, concerning: id, headlineOf: active),
        ]
    }

    static let handoutMilestones = 8


    private static func priority(_ p: Priority, scale: [String]) -> Fields {
        [.name: p.name, .current: p.current, .target: p.target, .why: p.why, .goal: p.goal ?? "", .hasGoal: p.goal != nil, .discuss: p.discussFirst]
    }

    static func states(_ p: ImprovementPlan) -> [String: MilestoneProgress.State] {
        Dictionary(p.progress.milestones.map { ($0.id, $0.state) }, uniquingKeysWith: { a, _ in a })
    }

    /// `state` is set only when late or at risk: what a table should make stand out.
    private static func milestone(_ m: ScheduledMilestone, _ state: MilestoneProgress.State?) -> Fields {
        let flagged = state.flatMap { $0 == .late || $0 == .atRisk ? $0 : nil }
        return [.id: m.id, .title: m.title, .kind: m.kind.rawValue, .start: "\(m.start)", .end: "\(m.end)", .days: m.days,
                .owner: m.owner ?? "", .hasOwner: m.owner != nil, .status: m.status.words, .hasStatus: m.status != .planned,
                .blockedBecause: m.blockedBecause ?? "", .hasBlockedBecause: m.blockedBecause != nil,
                .state: flagged?.rawValue ?? "", .label: flagged?.label ?? "", .hasState: flagged != nil,
                .added: m.origin == .addedBeforeRollout, .framework: m.origin == .framework]
    }

    private static func goal(_ g: PlannedGoal) -> Fields {
        [.id: g.id, .title: g.title, .owner: g.owner ?? "", .description: g.description ?? "",
         .descriptionHtml: g.description.map(MarkdownHTML.render) ?? "", .descriptionMd: g.description.map(MarkdownSource.render) ?? "",
         .measures: g.measures.map { m -> Fields in
             [.name: m.name, .unit: m.unit ?? "", .baseline: MeasureTrend.number(m.baseline), .target: MeasureTrend.number(m.target),
              .by: m.by.map { "\($0)" } ?? "", .hasBy: m.by != nil, .latest: m.latest.map(MeasureTrend.number) ?? "", .hasLatest: m.latest != nil,
              .latestOn: m.latestOn.map { "\($0)" } ?? ""]
         },
         .hasMeasures: !g.measures.isEmpty]
    }

    /// Training as a school sees it (its groups) or the district (all groups): a block per
    /// programme that has groups to show, saying what it prepares for and when.
    private static func training(_ p: ImprovementPlan, people: PlannedPeople, groups shown: [TrainingGroup],
                                 sessions sessionsByGroup: [String: [TrainingSession]], everyProgramme: Bool = false,
                                 school: String? = nil) -> Fields {
        let shownByProgramme = Dictionary(grouping: shown, by: \.programme)
        var shown = Set<[String]>()
        let programmes: [Fields] = p.training.programmes.compactMap { programme in
            // The district plan lists a programme that found nobody too; a school, only its own.
            guard let groupsHere = shownByProgramme[programme.id] ?? (everyProgramme ? [] : nil) else { return nil }
            let tracks: [Fields] = programme.tracks.map { track in
                let groups = groupsHere.filter { $0.track == track.id }
                return [.name: track.name, .comfort: track.comfort, .members: track.members, .sessions: track.sessions, .minutes: track.minutes,
                        .groups: groups.map { group -> Fields in
                            let sessions = sessionsByGroup[group.id] ?? []
                            return [.id: group.id, .place: school.map { _ in people.placeInBrief(group) } ?? people.place(group), .facilitator: group.facilitator.map(people.name) ?? "",
                                    .hasFacilitator: group.facilitator != nil,
                                    .members: school.map { people.members(of: group, at: $0, shown: &shown) } ?? people.members(of: group),
                                    .memberCount: group.members.count, .programme: programme.name,
                                    .sessions: school == nil ? sessions.map(\.when).joined(separator: ", ") : TrainingSession.briefly(sessions),
                                    .hasSessions: !sessions.isEmpty]
                        },
                        .hasGroups: !groups.isEmpty]
            }
            let focus = groupsHere.lazy.compactMap { sessionsByGroup[$0.id]?.first?.focus }.first ?? []
            return [.id: programme.id, .name: programme.name, .title: programme.title, .audience: programme.audience,
                    .from: "\(programme.window.from)", .to: "\(programme.window.to)", .reason: programme.window.reason,
                    .tracks: tracks, .focus: focus.joined(separator: "; "), .hasFocus: !focus.isEmpty]
        }
        return [.programmes: programmes, .hasProgrammes: !programmes.isEmpty]
    }

    private static func champions(at school: PlannedSchool, in p: ImprovementPlan, people: PlannedPeople) -> Fields {
        let here = p.champions.assignments.filter { $0.school == school.id }
        let without = p.champions.unassigned.filter { $0.school == school.id }
        return [.school: school.name,
                .champions: here.map { [.name: people.name($0.champion), .colleagues: people.list($0.colleagues)] as Fields },
                .hasChampions: !here.isEmpty,
                .without: without.map { [.name: people.name($0.staff), .reason: PeopleTextReport.reason($0.reason)] as Fields },
                .hasWithout: !without.isEmpty]
    }

    private static func warning(_ d: Diagnostic) -> Fields {
        [.severity: d.severity.rawValue, .location: d.location.map { "line \($0.line)" } ?? "", .message: d.message]
    }
}

extension TrainingSession {
    /// "2026-12-09 (early release)", as handouts and the terminal show a session.
    var when: String { "\(date) (\(slot == .pdDays ? "PD day" : "early release"))" }

    /// Sessions in date order with each run of one kind of slot named once, as a school's
    /// handout has room for: "2026-12-09, 2026-12-16 (early release); 2027-01-04 (PD day)".
    typealias Slot = PlanwrightModel.TrainingSlot

    static func briefly(_ sessions: [TrainingSession]) -> String {
        var runs: [(slot: TrainingSession.Slot, dates: [String])] = []
        for session in sessions {
            if let last = runs.last, last.slot == session.slot { runs[runs.count - 1].dates.append("\(session.date)") }
            else { runs.append((session.slot, ["\(session.date)"])) }
        }
        return runs.map { "\($0.dates.joined(separator: ", ")) (\($0.slot == .pdDays ? "PD day" : "early release"))" }.joined(separator: "; ")
    }
}

import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// The district's tools as handouts show them: the district plan's Ecosystem section (the
/// inventory by purpose, a matrix of how each group's tools connect, each tool's use over time,
/// what to look at) and a school handout's line of the tools its staff use, with how to sign in
/// and who looks after each. Integration over addition: the section leads with how many tools
/// connect and how much they are used, not how many accounts exist.
extension HandoutViews {
    /// Tools a purpose group's table lists before the rest are left to tools.csv: with its matrix,
    /// a group then fits a printed page.
    static let toolsPerGroup = 15
    /// Tools a school handout names before "and N more": the handout is one printed page.
    static let handoutTools = 4

    static func ecosystem(_ p: ImprovementPlan, _ w: Wording = .english) -> Fields {
        // Every key even without tools (the section is then left out): see `HandoutViews`.
        let ecosystem = p.ecosystem
        let tools = ecosystem?.tools ?? []
        let threshold = ecosystem?.lowUtilization ?? ToolInventory.defaultLowUtilization
        let dates = PeopleDates(p)
        let names = Dictionary(tools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let schoolNames = Dictionary(p.schools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // Grouped by purpose in the purposes' order, a tool with none written last; in the plan's order within a group.
        let byPurpose = Dictionary(grouping: tools, by: \.purpose)
        let purposes: [ToolPurpose?] = ToolPurpose.allCases.map { $0 } + [nil]
        let groups: [Fields] = purposes.enumerated().compactMap { number, purpose in
            guard let all = byPurpose[purpose], !all.isEmpty else { return nil }
            let shown = Array(all.prefix(toolsPerGroup))
            let name = purpose.map { w(.toolsGroupHeading, ["purpose": w.say($0.phrase)]) } ?? w(.toolsGroupNoPurpose)
            let more = all.count - shown.count
            return [.name: name,
                    .chart: SVGCharts.toolMatrix(shown, title: w(.toolsMatrixTitle, ["group": name]), number: number + 1, w),
                    .tools: shown.map { tool($0, threshold: threshold, names: names, schoolNames: schoolNames, currency: p.budget.currency, dates: dates, w) },
                    .more: w.count(.toolsMoreInCSV, more), .hasMore: more > 0]
        }
        // Each finding as the checks word it (the planner's phrases), under its kind, with the plan line to change.
        let phrases = p.ecosystemPhrases
        let findings: [Fields] = (ecosystem?.findings ?? []).compactMap { finding in
            phrases.map { [.label: w.say(finding.kind.label), .message: w.say($0.sentence(finding)),
                           .location: "\(fileName(finding.location.file)):\(finding.location.line)"] }
        }
        return [
            .hasTools: !tools.isEmpty,
            .summary: ecosystem.map { summary($0, w) } ?? "",
            .groups: groups,
            .findings: findings, .hasFindings: !findings.isEmpty,
        ]
    }

    /// One row of a purpose group's table.
    private static func tool(_ tool: PlannedTool, threshold: Share, names: [String: String], schoolNames: [String: String], currency: Currency,
                             dates: PeopleDates, _ w: Wording) -> Fields {
        let scope = tool.scope.isEveryone ? w(.toolsScopeEveryone) : ScopeWords.whom(tool.scope, schoolName: { schoolNames[$0] ?? $0 }, w)
        let use = ToolWords.latestUse(tool, dates: dates, w)
        let low = ToolWords.isLow(tool, threshold: threshold)
        return [.name: tool.name, .unvetted: !tool.vetted, .scope: scope,
                .licences: tool.licences.map(w.number) ?? "—",
                .use: use, .useWords: ToolWords.useWithTrend(tool, dates: dates, w),
                .chart: SVGCharts.toolUse(tool, threshold: threshold, label: w(.toolsSparklineLabel, ["tool": tool.name, "use": use, "threshold": ToolWords.percent(threshold)])),
                .low: low, .lowWords: w(.toolsUseBelow, ["share": ToolWords.percent(threshold)]),
                .signIn: ToolWords.connects(tool, w),
                .standards: ToolStandard.allCases.map { w(.toolsMatrixCell, ["standard": $0.words(w), "state": $0.state(of: tool).words(w)]) }.joined(separator: ", "),
                .privacy: ToolWords.privacy(tool, dates: dates, w),
                .renewal: ToolWords.renewalAndDecision(tool, names: names, currency: currency, dates: dates, w),
                .owner: tool.owner ?? "", .hasOwner: tool.owner != nil]
    }

    /// The section's first figures, as the framework's indicators would be re-assessed with them:
    /// how many tools, how many connect by both sign-in and rostering, how much the median tool
    /// is used, and how many only the app report shows.
    private static func summary(_ ecosystem: PlannedEcosystem, _ w: Wording) -> String {
        let evidence = ecosystem.evidence
        var sentences = [w.count(.toolsSummary, evidence.tools), w.count(.toolsSummaryConnected, evidence.integrated)]
        if let median = evidence.medianUtilization { sentences.append(w(.toolsSummaryMedian, ["share": ToolWords.percent(median)])) }
        let unvetted = ecosystem.tools.lazy.filter { !$0.vetted }.count
        if unvetted > 0 { sentences.append(w.count(.toolsSummaryUnvetted, unvetted)) }
        return sentences.joined(separator: " ")
    }

    /// The vetted tools whose scope reaches each school, by school id, found once for every
    /// handout: a state has thousands of schools and hundreds of tools.
    /// Those with their own login first (then single sign-on planned): what a teacher most needs
    /// telling, and what the handout names before "and N more"; the plan's order within each.
    static func toolsBySchool(_ p: ImprovementPlan) -> [String: [PlannedTool]] {
        var bySchool: [String: [PlannedTool]] = [:]
        let rank: [IntegrationState: Int] = [.no: 0, .planned: 1, .yes: 2]
        let ordered = (p.ecosystem?.tools ?? []).enumerated().sorted { (rank[$0.element.sso]!, $0.offset) < (rank[$1.element.sso]!, $1.offset) }.map(\.element)
        for tool in ordered where tool.vetted {
            for school in tool.schools { bySchool[school, default: []].append(tool) }
        }
        return bySchool
    }

    /// A handout's tools: what a teacher needs, how to sign in to each and who looks after it.
    /// A tool only the app report shows is not the district's to recommend, so it is left out.
    static func schoolTools(_ tools: [PlannedTool], _ w: Wording) -> Fields {
        let shown = tools.prefix(handoutTools)
        let more = tools.count - shown.count
        return [.tools: shown.map { tool -> Fields in
                    [.name: tool.name, .signIn: ToolWords.signIn(tool, w), .owner: tool.owner ?? "", .hasOwner: tool.owner != nil]
                },
                .hasTools: !tools.isEmpty, .moreToolsWords: w.count(.andMore, more), .hasMoreTools: more > 0]
    }
}

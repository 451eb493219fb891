import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Issue 22, item 4: the board hears the surveys — how many of each group answered (a
/// suppressed count never printed), the indicators a group rates two levels or more below the
/// team, and that gap in the priority's one line of why.
extension BoardPageTests {
    static let voicesHeading = "What teachers, students and families told us"

    @Test func theSurveySectionGivesEachGroupsCountAndTheIndicatorsSeenLower() throws {
        let plan = try GoldenOutputTests.examplePlan()
        let voices = try #require(plan.voices)
        let section = Self.section(try Self.board(plan).md, Self.voicesHeading)
        let counts = voices.groups.map { "\($0.group.rawValue.prefix(1).uppercased())\($0.group.rawValue.dropFirst()): \(try! #require($0.responses)) responses" }
        #expect(section.first == counts.joined(separator: " · "))
        let flagged = voices.indicators.filter(\.flagged)
        let lines = section.filter { $0.hasPrefix("- **") }
        #expect(!flagged.isEmpty && lines.count == min(flagged.count, HandoutViews.boardVoices))
        for (line, indicator) in zip(lines, flagged) {
            #expect(line.hasPrefix("- **\(indicator.name)**: ") && line.contains("levels below the team's \(indicator.teamLevelName) (\(indicator.teamLevel))."), "\(line)")
        }
        if flagged.count > HandoutViews.boardVoices {
            #expect(section.contains("And \(flagged.count - HandoutViews.boardVoices) more in the district plan."))
        }
    }

    /// A priority some group rates two levels lower says so in its line, before its goal.
    @Test func aPrioritysLineNamesThePerceptionGap() throws {
        let plan = try GoldenOutputTests.examplePlan()
        let md = try Self.board(plan).md
        let shown = plan.priorities.filter { $0.cycle != nil }.prefix(HandoutViews.boardPriorities)
        let gapped = try #require(shown.first { !($0.perceptionGaps ?? []).isEmpty })
        let gap = try #require(gapped.perceptionGaps?.first)
        let line = try #require(Self.section(md, "This year's priorities, and why").first { $0.hasPrefix("1. **\(gapped.name)**") })
        #expect(line.contains("; \(gap.group.rawValue) rate it \(gap.levels) levels lower than the team"), "\(line)")
        // One without a gap says none.
        for priority in shown where (priority.perceptionGaps ?? []).isEmpty {
            let other = try #require(Self.section(md, "This year's priorities, and why").first { $0.hasPrefix("1. **\(priority.name)**") })
            #expect(!other.contains("lower than the team"))
        }
    }

    /// With the example's surveys protected at 80 responses, the families' and students' counts
    /// (fewer) are hidden: the page says "fewer than 80", never the figure, and lists no gap of theirs.
    @Test func aSuppressedCountIsNeverPrinted() throws {
        let open = try #require(try GoldenOutputTests.examplePlan().voices)
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        try ExamplePlanFiles.copy(to: scratch.root)
        let yaml = try String(contentsOf: GoodPlanTests.packageRoot.appendingPathComponent("Plans/maple-valley.yaml"), encoding: .utf8)
        #expect(yaml.contains("min_responses: 5\n"))
        let plan = try #require(try scratch.run(yaml.replacingOccurrences(of: "min_responses: 5\n", with: "min_responses: 100\n")).improvementPlan)
        let voices = try #require(plan.voices)
        let hidden = voices.groups.filter { $0.responses == nil }.map(\.group)
        #expect(!hidden.isEmpty && hidden.count < voices.groups.count)
        let section = Self.section(try Self.board(plan).md, Self.voicesHeading)
        let summary = try #require(section.first)
        for group in open.groups where hidden.contains(group.group) {
            let name = group.group.rawValue.prefix(1).uppercased() + group.group.rawValue.dropFirst()
            #expect(summary.contains("\(name): fewer than 100 responses"), "\(summary)")
            #expect(!section.joined(separator: "\n").contains(String(try #require(group.responses))), "\(section)")
            #expect(!section.contains { $0.contains("\(name) rate it") })
        }
    }

    @Test func theSurveySectionSpeaksSpanish() throws {
        let plan = try GoldenOutputTests.examplePlan()
        let spanish = try #require(Wording.load(language: "es").value)
        let set = try #require(TemplateSet.load().templates)
        let md = set.render("board.md", HandoutViews.board(plan, wording: spanish), about: Message("template_view_board_page"), wording: spanish).text
        #expect(md.contains("## Lo que nos dijeron docentes, estudiantes y familias"), "\(md)")
        #expect(md.contains("niveles por debajo de la calificación del equipo") && !md.contains("levels below the team"))
        #expect(md.contains("niveles por debajo del equipo") && !md.contains("lower than the team"))
    }

    /// Without surveys the section is left out, heading and all.
    @Test func aPlanWithoutSurveysHasNoSurveySection() throws {
        var plan = try GoldenOutputTests.examplePlan()
        plan.voices = nil
        let set = try #require(TemplateSet.load().templates)
        let md = set.render("board.md", HandoutViews.board(plan), about: Message("template_view_board_page"), wording: .english).text
        #expect(!md.contains(Self.voicesHeading) && !md.contains("responses"))
    }
}

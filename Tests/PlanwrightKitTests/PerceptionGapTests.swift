import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// A group that rates an indicator two levels or more below the team raises its priority, and
/// the reason says who sees it differently; one level apart, or a group too small to show, does not.
struct PerceptionGapTests {
    /// The teachers' survey: collaborative teams' middle answer is Not started (1) against the
    /// team's Developing (3); shared vision's is Emerging (2), one level below.
    static func planned(minResponses: Int? = nil, withSurvey: Bool = true) throws -> ImprovementPlan {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        try scratch.copy("google-teachers.csv")
        var yaml = VoicesScratch.yaml(surveys: VoicesScratch.teachers(), minResponses: minResponses)
        if !withSurvey { yaml = String(yaml[..<yaml.range(of: "voices:")!.lowerBound]) }
        return try #require(try scratch.run(yaml).improvementPlan)
    }

    @Test func aGroupTwoLevelsBelowTheTeamRaisesThePriorityAndTheReasonNamesIt() throws {
        let heard = try Self.planned(), unheard = try Self.planned(withSurvey: false)
        let before = try #require(unheard.priorities.first { $0.indicator == "collaborative-teams" })
        let after = try #require(heard.priorities.first { $0.indicator == "collaborative-teams" })
        #expect(after.perceptionGaps == [PerceptionGap(group: .teachers, teamLevel: 3, teamLevelName: "Developing", groupMedian: 1, groupMedianName: "Not started")])
        #expect(after.score == before.score + 2 * after.weight)
        // Without the survey the framework's order puts shared vision first; with it, collaborative teams leads.
        #expect(unheard.priorities.map(\.indicator).firstIndex(of: "collaborative-teams")! > unheard.priorities.map(\.indicator).firstIndex(of: "equity-of-access")!)
        #expect(heard.priorities.first?.indicator == "collaborative-teams")
        #expect(VoicesWords.reason(after).hasSuffix(" Teachers rate it Not started (1), 2 levels below the team's Developing (3)."))
        #expect(VoicesScratch.unwrapped(PlanTextReport.render(heard)).contains("Teachers rate it Not started (1), 2 levels below the team's Developing (3)."))
        #expect(heard.voices?.indicators.first?.indicator == "collaborative-teams")  // flagged first
    }

    @Test func oneLevelApartIsNotFlagged() throws {
        let heard = try Self.planned()
        let vision = try #require(heard.voices?.indicators.first { $0.indicator == "shared-vision" })
        #expect(vision.groups.map(\.gap) == [1])
        #expect(!vision.flagged)
        #expect(heard.priorities.first { $0.indicator == "shared-vision" }?.perceptionGaps == nil)
    }

    @Test func aGroupTooSmallToShowRaisesNothing() throws {
        let heard = try Self.planned(minResponses: 20), unheard = try Self.planned(withSurvey: false)
        #expect(heard.priorities.map(\.score) == unheard.priorities.map(\.score))
        #expect(heard.priorities.allSatisfy { $0.perceptionGaps == nil })
    }

    @Test func theDistrictPlanListsFlaggedGapsFirstWithTheTeamsRating() throws {
        let plan = try Self.planned()
        let markdown = try #require(BuildOutputTests.render(plan).files.first { $0.path == "plan.md" }?.contents)
        let section = try #require(markdown.range(of: "## What teachers told us").map { markdown[$0.lowerBound...] })
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Indicator") }
        #expect(rows.prefix(2) == [
            "| Collaborative cross-department teams — *seen two levels or more lower by teachers: discuss it with them* | Developing (3) | Not started (1) · 8 responses |",
            "| Shared vision for teaching and learning | Developing (3) | Emerging (2) · 9 responses |",
        ])
    }
}

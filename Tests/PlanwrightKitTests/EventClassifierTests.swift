import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// What an imported event means, by the words of its SUMMARY and CATEGORIES: summaries as US
/// district calendars write them.
struct EventClassifierTests {
    let classifier = EventClassifier()

    func meaning(_ summary: String, _ categories: [String] = []) -> EventMeaning? {
        classifier.rule(summary: summary, categories: categories)?.meaning
    }

    @Test func districtCalendarSummariesMeanWhatTheySay() {
        let cases: [(String, EventMeaning?)] = [
            ("Labor Day - No School", .closed),
            ("Thanksgiving Recess", .closed),
            ("Winter Break", .closed),
            ("Schools Closed", .closed),
            ("Snow Day", .closed),
            ("Presidents' Day Holiday", .closed),
            ("Spring Vacation", .closed),
            ("Early Dismissal - Parent Conferences", .earlyRelease),
            ("Half Day for Students", .earlyRelease),
            ("Minimum Day", .earlyRelease),
            ("No School for Students - Professional Development", .pdDay),
            ("Teacher Workday", .pdDay),
            ("Staff In-Service", .pdDay),
            ("Inservice Day", .pdDay),
            ("NJSLA State Testing (Grades 3-8)", .testing),
            ("AP Exams", .testing),
            ("Final Exams - Grades 9-12", .testing),
            ("First Day for Students", .ignored),
            ("Last Day of School", .ignored),
            ("Last Day of School - Early Dismissal", .earlyRelease),
            ("Back to School Night", .ignored),
            ("Graduation", .ignored),
            ("Delayed Opening", .ignored),
            ("Breakfast with the Principal", nil),
            ("Parent-Teacher Conferences", nil),
            ("Board of Education Meeting", nil),
        ]
        for (summary, expected) in cases {
            #expect(meaning(summary) == expected, "\(summary)")
        }
    }

    @Test func categoriesCountAsMuchAsTheSummary() {
        #expect(meaning("Fall Festival", ["Holidays"]) == .closed)
        #expect(meaning("Fall Conference", ["Professional Development"]) == .pdDay)
        #expect(meaning("Fall Festival") == nil)
        // A national holiday feed's bare names are closures.
        #expect(meaning("Columbus Day") == .closed && meaning("Washington's Birthday") == .closed)
    }

    @Test func aPlansOwnRuleComesBeforeTheDefaults() {
        let own = EventClassifier(planRules: [EventRule(words: ["Conferences"], meaning: .earlyRelease),
                                              EventRule(words: ["Winter Break"], meaning: .ignored)])
        #expect(own.rule(summary: "Parent-Teacher Conferences", categories: [])?.meaning == .earlyRelease)
        #expect(own.rule(summary: "Winter Break", categories: [])?.meaning == .ignored)
        #expect(own.rule(summary: "Spring Break", categories: [])?.meaning == .closed)
    }

    @Test func wordsAreWholeWordsInAnyCaseAndPunctuation() {
        #expect(EventClassifier.normalized("In-Service Day!") == " in service day ")
        #expect(EventClassifier.holds(" winter holidays ", " holiday "))
        #expect(!EventClassifier.holds(" breakfast club ", " break "))
        #expect(meaning("NO SCHOOL") == .closed)
        #expect(meaning("") == nil)
        #expect(classifier.rule(summary: nil, categories: []) == nil)
    }
}

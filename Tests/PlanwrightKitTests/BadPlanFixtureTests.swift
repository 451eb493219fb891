import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Each bad plan holds one problem; the diagnostics must be exactly the ones marked in it.
struct BadPlanFixtureTests {
    @Test("bad plan fixture", arguments: Fixtures.badPlans)
    func reportsExactlyTheMarkedDiagnostics(_ name: String) {
        let plan = Fixtures.url("bad/\(name)")
        let framework = Fixtures.url("bad/\(name.dropLast(5)).framework.yaml")
        let expected = Set(ExpectedDiagnostic.markers(in: plan) + ExpectedDiagnostic.markers(in: framework))
        #expect(!expected.isEmpty, "fixture \(name) marks no expected diagnostic")

        let result = PlanLoader().load(path: plan.path)
        let actual = Set(result.diagnostics.map(ExpectedDiagnostic.init))
        #expect(result.plan == nil, "a plan with errors must not be returned")
        #expect(actual == expected, """
            missing: \(expected.subtracting(actual).sorted { $0.line < $1.line })
            unexpected: \(actual.subtracting(expected).sorted { $0.line < $1.line })
            """)
    }

    @Test func corpusCoversEnoughCases() {
        #expect(Fixtures.badPlans.count >= 40)
    }
}

@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

extension CSVExport {
    /// The spreadsheets a build writes, in its order: the declared documents whose file is a `.csv`.
    static func files(_ plan: ImprovementPlan) -> [(name: String, contents: String)] {
        let templates = TemplateSet.load().templates!
        return PlanDocuments.all.filter { $0.patterns.allSatisfy { $0.hasSuffix(".csv") } }
            .flatMap { $0.prepare(PlanDocument.Input(plan), templates: templates)(nil).files }
            .map { ($0.path, $0.contents) }
    }
}

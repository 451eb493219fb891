import PlanwrightDocument
import Foundation
import PlanwrightModel
import PlanwrightPlanning

/// Which words of the strings files say a fact of a family or student page: the planned result
/// says what kind of change a step brings, the page's language says it.
extension HandoutViews.Audience {
    /// The page's own sentence for a step: its stage and kind of change. A step of another kind
    /// is on a page only with its `for_families`, which families read instead.
    func sentence(_ step: FamilyMilestone) -> WordKey {
        let families = self == .families
        switch (step.stage, step.change) {
        case (.step, _): return .studentChangeStep
        case (.trial, .devices): return families ? .familyChangeTrialDevices : .studentChangeTrialDevices
        case (.everyone, .devices): return families ? .familyChangeEveryoneDevices : .studentChangeEveryoneDevices
        case (.trial, .software): return families ? .familyChangeTrialSoftware : .studentChangeTrialSoftware
        case (.everyone, .software): return families ? .familyChangeEveryoneSoftware : .studentChangeEveryoneSoftware
        case (.trial, .network): return families ? .familyChangeTrialNetwork : .studentChangeTrialNetwork
        case (.everyone, .network): return families ? .familyChangeEveryoneNetwork : .studentChangeEveryoneNetwork
        case (.trial, .practice): return families ? .familyChangeTrialPractice : .studentChangeTrialPractice
        case (.everyone, .practice): return families ? .familyChangeEveryonePractice : .studentChangeEveryonePractice
        }
    }

    var title: WordKey { self == .families ? .familyPageTitle : .studentPageTitle }
    var intro: WordKey { self == .families ? .familyIntro : .studentIntro }
    /// What the page's file name says after the school: `lincoln-family.es.html`.
    var fileWord: String { self == .families ? "family" : "students" }
}

extension FamilyHelpKind {
    /// The heading a family page gives this kind of help.
    var heading: WordKey {
        switch self {
        case .hotspots: .helpHotspots
        case .devices: .helpDevices
        case .repairs: .helpRepairs
        case .accounts: .helpAccounts
        case .helpLine: .helpHelpLine
        case .feedback: .helpFeedback
        case .other: .helpOther
        }
    }
}

extension Wording {
    /// "October 2026", "Octubre de 2026": a month heading, the month's full name as the
    /// platform's locale data names it standing alone, with a capital as a heading starts.
    func monthHeading(_ date: SchoolDate) -> String {
        let formatter = DateFormatter()
        formatter.locale = formats.locale
        formatter.calendar = Calendar(identifier: .gregorian)
        let names = formatter.standaloneMonthSymbols ?? []
        let month = date.components.month
        let name = names.count == 12 ? names[month - 1] : "\(month)"
        return self(.familyMonth, ["month": name.prefix(1).uppercased() + name.dropFirst(), "year": date.yearText])
    }
}

import PlanwrightDocument
import PlanwrightModel

/// Families are told the plan in their language: a language a school's families speak by at
/// least 10%, or at least 20 families, with no family page made in it, is warned about at the
/// school, with the share, so the district can add it to `families.languages`.
struct HomeLanguagesHavePages: PlanCheck {
    /// A language this share of a school's families speak is one the school's pages need.
    static let minimumShare = 10
    /// As many families as this need a page in their language whatever their share (a large school's 4%).
    static let minimumFamilies = 20

    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let made = context.plan.families.languageCodes
        let madeIn = made.map(LanguageCode.value)
        return context.plan.schools.flatMap { school -> [Diagnostic] in
            let total = school.homeLanguages.reduce(0) { $0 + $1.families }
            return school.homeLanguages.filter { Self.needsPage($0, of: total) && !made.contains($0.code) }.map { language in
                // `count` is how many languages pages are made in: "only" for one.
                return .warning(Message("check_home_language_without_page", count: made.count, [
                    "families": .text(String(language.families)), "total": .text(String(total)), "school": .text(school.name),
                    "language": LanguageCode.value(language.code), "made": .list(madeIn), "code": .text(language.code),
                ]),
                                at: school.homeLanguagesLocation ?? school.location)
            }
        }
    }

    static func needsPage(_ language: HomeLanguage, of total: Int) -> Bool {
        language.families >= minimumFamilies || (total > 0 && language.families * 100 >= total * minimumShare)
    }
}

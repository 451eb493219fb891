import PlanwrightDocument
import PlanwrightModel
import PlanwrightComparison

/// A tool's values as people read them, in the page's language: what is decided about it, how
/// it connects, its privacy agreement, a share of its licences. (What it is for is the
/// planner's `ToolPurpose.phrase`, which the findings use too.)
enum ToolWords {
    static func action(_ action: ToolAction, _ w: Wording) -> String {
        switch action {
        case .keep: w(.toolsActionKeep)
        case .replace: w(.toolsActionReplace)
        case .retire: w(.toolsActionRetire)
        case .pilot: w(.toolsActionPilot)
        }
    }

    static func state(_ state: IntegrationState, _ w: Wording) -> String {
        switch state {
        case .yes: w(.toolsIntegrationYes)
        case .no: w(.toolsIntegrationNo)
        case .planned: w(.toolsIntegrationPlanned)
        }
    }

    static func standard(_ standard: IntegrationChange.Standard, _ w: Wording) -> String {
        switch standard {
        case .sso: w(.toolsStandardSso)
        case .rostering: w(.toolsStandardRostering)
        case .lti: w(.toolsStandardLti)
        case .gradePassback: w(.toolsStandardGradePassback)
        }
    }

    /// nil: the plan does not say, which is not an agreement.
    static func privacy(_ status: PrivacyStatus?, _ w: Wording) -> String {
        switch status {
        case .signed?: w(.toolsPrivacySigned)
        case .pending?: w(.toolsPrivacyPending)
        case PrivacyStatus.none?: w(.toolsPrivacyNone)
        case nil: w(.toolsPrivacyNotStated)
        }
    }

    /// "41%": a share of licences to the whole percent; exactness to a hundredth says nothing here.
    static func percent(_ share: Share) -> String {
        "\(Share(basisPoints: (share.basisPoints + 50) / 100 * 100))"
    }
}

import PlanwrightModel

/// What a report's review or privacy-risk status says of the vendor's data privacy agreement.
/// Portals word it their own way ("Approved", "Approved with restrictions", "In Review",
/// "Not Approved", "DPA Signed"); each reading is one of the plan's `privacy.status` words.
enum AppStatusWords {
    static func privacy(_ text: String) -> PrivacyStatus? {
        words[key(text)]
    }

    /// Some of the words read, for a message about a status that is not one of them.
    static let examples = ["approved", "signed", "pending", "in review", "not approved", "denied", "none"]

    /// Without case, accents, `_` and `-`, with runs of spaces made one.
    static func key(_ text: String) -> String {
        SchoolWords.fold(text.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " "))
    }

    private static let words: [String: PrivacyStatus] = {
        var words: [String: PrivacyStatus] = [:]
        for word in ["signed", "approved", "approved with restrictions", "approved with conditions", "dpa signed", "compliant", "yes", "active"] {
            words[word] = .signed
        }
        for word in ["pending", "in review", "under review", "requested", "submitted", "awaiting signature", "in progress", "dpa pending"] {
            words[word] = .pending
        }
        for word in ["none", "no", "not approved", "unapproved", "denied", "rejected", "not signed", "no dpa", "expired", "not reviewed", "unreviewed", "blocked"] {
            words[word] = PrivacyStatus.none
        }
        return words
    }()
}

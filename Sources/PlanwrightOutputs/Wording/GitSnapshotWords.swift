import PlanwrightDocument
import PlanwrightComparison

/// Why `diff --since` could not read the earlier version, in the wording's language.
public enum GitSnapshotWords {
    public static func message(_ failure: GitSnapshot.Failure, _ w: Wording = .english) -> String {
        let values = ["path": failure.path, "revision": failure.revision, "detail": failure.detail ?? ""]
        return switch failure.kind {
        case .noFolder: w(.diffGitNoFolder, values)
        case .gitMissing: w(.diffGitMissing, values)
        case .notARepository: w(.diffGitNotARepository, values)
        case .unknownRevision: w(.diffGitUnknownRevision, values)
        case .missingAtRevision: w(.diffGitMissingAtRevision, values)
        case .temporaryFolder: w(.diffGitTemporaryFolder, values)
        case .gitFailed: w(.diffGitFailed, values)
        }
    }
}

/// Which files a plan may name, as the user decided on the command line: those of the plan's
/// own tree (see `PlanTree`) and of the folders they allowed with `--allow-path`.
public struct FileAccess: Sendable {
    /// Folders besides the plan's tree, as the user wrote them.
    public var allowedFolders: [String]
    /// Any folder: the file was named by the user, not by a plan (`init --framework`).
    public var anywhere: Bool

    public init(allowing folders: [String] = [], anywhere: Bool = false) {
        self.allowedFolders = folders
        self.anywhere = anywhere
    }

    public static let planTree = FileAccess()
    public static let commandLine = FileAccess(anywhere: true)

    /// The tree the plan at `planFile` may read from.
    public func tree(of planFile: String) -> PlanTree {
        anywhere ? .anywhere : PlanTree(planFile: planFile, allowing: allowedFolders)
    }
}

import Foundation

/// The folder that holds Planwright's built-in templates and frameworks.
///
/// They ship as a resource bundle so that a district can read and copy them,
/// and so that `--templates DIR` can fall back to them file by file.
public enum TemplateResources {
    public static var directory: URL {
        Bundle.module.resourceURL ?? Bundle.module.bundleURL
    }

    /// Mustache templates of the handouts, partials and the stylesheet.
    public static var handoutsDirectory: URL {
        directory.appendingPathComponent("handouts", isDirectory: true)
    }

    /// One strings file per language (`en.po`, `es.po`): every word the outputs write.
    public static var stringsDirectory: URL {
        directory.appendingPathComponent("strings", isDirectory: true)
    }

    public static var frameworksDirectory: URL {
        directory.appendingPathComponent("frameworks", isDirectory: true)
    }
}

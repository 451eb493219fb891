import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel

/// The app report's messages are worded from the strings files: the same problem reads in
/// English and in Spanish, the file, row and quoted values as the export and the plan write them.
struct AppReportMessagesInSpanishTests {
    static func spanish() throws -> Wording { try #require(Wording.load(language: "es").value) }

    /// The one diagnostic with `key`, said in English and in Spanish.
    static func both(_ diagnostics: [Diagnostic], _ key: String) throws -> (english: String, spanish: String) {
        let diagnostic = try #require(diagnostics.first { $0.content.key == key })
        return (diagnostic.message, try spanish().say(diagnostic.content))
    }

    @Test func aCountThatIsNotANumberIsSaidInSpanishWithItsRow() throws {
        let read = AppReportSupport.read(AppReportSupport.file("App Name,Active Users\nQuizizz,12O\n"))
        let said = try Self.both(read.diagnostics, "import_apps_not_a_number")
        #expect(said.english == "apps.csv row 2: 'Active Users' is '12O', which is not a number; write it in digits, such as 1250 (a blank cell, '-' or 'N/A' means no count)")
        #expect(said.spanish == "apps.csv, fila 2: 'Active Users' es '12O', que no es un número; escríbalo en cifras, como 1250 (una celda en blanco, '-' o 'N/A' significa que no hay conteo)")
    }

    @Test func aMissingColumnListsTheHeadersLookedForInSpanish() throws {
        let read = AppReportSupport.read(AppReportSupport.file("Tool,Active Users\nCanvas,3\n"))
        let said = try Self.both(read.diagnostics, "import_apps_no_column")
        #expect(said.spanish == "apps.csv no tiene columna para 'name': su primera línea no nombra ninguna de estas: 'App Name', 'Application Name', 'Application', 'App', 'Product Name', 'Product', 'Name'; si el portal la llama de otro modo, escriba ese encabezado bajo 'columns' de la importación, como 'name: Encabezado'")
    }

    @Test func aMappedHeaderTheExportLacksIsSaidInSpanishWithItsSuggestion() throws {
        let read = AppReportSupport.read(AppReportSupport.file("Product,Students Active\nCanvas,1500\n"), columns: [.name: "Product", .activeUsers: "Student Active"])
        let said = try Self.both(read.diagnostics, "import_apps_no_such_column")
        #expect(said.spanish == "apps.csv no tiene la columna 'Student Active'; su primera línea nombra las columnas que exportó el portal; ¿quiso decir 'Students Active'?")
    }

    @Test func theComparisonsWithThePlanAreSaidInSpanish() throws {
        let merged = AppReportSupport.merge(AppReportReaderTests.classLink, into: AppReportMergeTests.planTools)
        let privacy = try Self.both(merged.diagnostics, "import_apps_privacy_differs")
        #expect(privacy.spanish == "el acuerdo de privacidad de 'ixl-math' es 'pending' aquí, pero apps.csv, fila 3, indica 'Approved'; revise cuál está al día y corrija el plan o el portal")
        let scope = try Self.both(merged.diagnostics, "import_apps_school_outside_scope")
        #expect(scope.spanish == "apps.csv, fila 3, incluye 'riverside' entre las escuelas que más usan 'ixl-math', pero 'schools' y 'grades' de la herramienta la dejan fuera; agregue la escuela, o averigüe por qué se usa allí")
        let school = try Self.both(merged.diagnostics, "import_apps_school_unknown")
        #expect(school.spanish == "apps.csv, fila 5: la escuela 'Northside Academy' no es una escuela del plan por id ni por nombre, así que queda fuera")
    }

    @Test func aDuplicateRowAndAnUnreadStatusAreSaidInSpanish() throws {
        let merged = AppReportSupport.merge("App Name,Active Users,Status\nCanvas,100,Greenlit\ncanvas,90,Approved\n", into: [])
        let twice = try Self.both(merged.diagnostics, "import_apps_same_app_twice")
        #expect(twice.english == "apps.csv row 3: 'canvas' is the same app as row 2; only row 2 is counted")
        #expect(twice.spanish == "apps.csv, fila 3: 'canvas' es la misma aplicación que la fila 2; solo se cuenta la fila 2")
        let status = try Self.both(merged.diagnostics, "import_apps_status_unknown")
        #expect(status.spanish == "apps.csv, fila 2: el estado 'Greenlit' no se lee como acuerdo de privacidad, así que queda fuera; entre los estados que se leen están approved, signed, pending, in review, not approved, denied y none")
    }

    @Test func anEmptyNameIsSaidInSpanish() throws {
        let read = AppReportSupport.read(AppReportSupport.file("App Name,Active Users\n,40\n"))
        let said = try Self.both(read.diagnostics, "import_apps_name_empty")
        #expect(said.spanish == "apps.csv, fila 2: el nombre de la aplicación está vacío, así que la fila no corresponde a ninguna herramienta; escriba el nombre o quite la fila")
    }
}

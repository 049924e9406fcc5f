import Foundation
import GRDB

/// Where the next job on a label stock (and printer) starts: the first free label of the part-used sheet and the next serial.
public struct SheetState: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "sheetState"

    /// The stock's name, chosen by the user (`--stock`).
    public var stock: String
    /// The printer or queue the stock is loaded in; empty when the job printed nowhere.
    public var printer: String
    /// The preset the stock's sheets were last printed as.
    public var preset: String
    /// Labels on one sheet of the stock.
    public var labelsPerSheet: Int
    /// The first free label on the part-used sheet (1 = top left).
    public var nextStartAt: Int
    /// The serial after the last one printed, if the jobs print serials.
    public var nextSerial: Int?
    /// When a job last moved the state on.
    public var updatedAt: Date

    /// Creates a state.
    public init(stock: String, printer: String = "", preset: String, labelsPerSheet: Int, nextStartAt: Int, nextSerial: Int?, updatedAt: Date = Date()) {
        self.stock = stock
        self.printer = printer
        self.preset = preset
        self.labelsPerSheet = labelsPerSheet
        self.nextStartAt = nextStartAt
        self.nextSerial = nextSerial
        self.updatedAt = updatedAt
    }

    /// Checks a stock name: 1 to 100 characters, none of them control characters.
    public static func check(stock: String) throws(HistoryError) {
        guard (1...100).contains(stock.count), !stock.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .badStockName(stock)
        }
    }
}

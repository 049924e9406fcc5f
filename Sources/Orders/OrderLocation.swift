/// Where an order entry came from: a CSV file and line, or a job file's order section.
public struct OrderLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file's name as given (a CSV file, or the job file holding the order).
    public var file: String
    /// The line, from 1, or nil for a job-file entry located by its index instead.
    public var line: Int?
    /// The entry's place in a job file's list, such as `cameras[3]`, when there is no line.
    public var entry: String?
    /// The column, from 1 in characters, when a message is about one character or cell of the line.
    public var column: Int?

    /// Creates a location.
    public init(file: String, line: Int? = nil, entry: String? = nil, column: Int? = nil) {
        self.file = file; self.line = line; self.entry = entry; self.column = column
    }

    public var description: String {
        let file = OrderError.short(self.file)
        if let line, let column { return "\(file):\(line):\(column)" }
        if let line { return "\(file):\(line)" }
        if let entry { return "\(file): order \(OrderError.short(entry))" }
        return file
    }
}

extension OrderLocation {
    /// The same place as a whole line, for messages about a row rather than one of its cells.
    var withoutColumn: OrderLocation {
        var copy = self
        copy.column = nil
        return copy
    }
}

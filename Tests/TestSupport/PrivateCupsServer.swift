import Foundation

/// A CUPS scheduler of a test's own: every file under one folder, listening on a free loopback port, with
/// queues whose device is a file. Started and stopped by the test, never the system's service.
///
/// Every folder above the spool must be traversable by user `lp`, which runs filters; a raw queue writes
/// nothing to a file device, so queues get a PPD whose only filter, `gziptoany`, passes the PDF through byte for byte.
public final class PrivateCupsServer {
    /// The folder holding configuration, spool, logs and printed files.
    public let folder: URL
    /// The loopback port the scheduler listens on.
    public let port: Int
    private let process: Process

    /// `127.0.0.1:PORT`, as `CUPS_SERVER` and `--print-server` take it.
    public var address: String { "127.0.0.1:\(port)" }

    /// Starts the scheduler and waits until it answers.
    public init() throws {
        let base = URL(fileURLWithPath: "/tmp").appendingPathComponent("leadprint-cups-\(UUID().uuidString.prefix(8))")
        folder = base
        port = try Self.freePort()
        for sub in ["spool", "tmp", "cache", "state", "log", "out", "ppd"] {
            try FileManager.default.createDirectory(at: base.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        // lp reads the spool and writes printed files; mktemp's 0700 would lock it out.
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: base.path)
        for sub in ["tmp", "out"] { try FileManager.default.setAttributes([.posixPermissions: 0o1777], ofItemAtPath: base.appendingPathComponent(sub).path) }
        try """
        LogLevel warn
        Listen 127.0.0.1:\(port)
        Listen \(base.path)/cups.sock
        Browsing No
        BrowseLocalProtocols none
        DefaultAuthType None
        DefaultShared No
        WebInterface No
        <Location />
          Order allow,deny
          Allow all
        </Location>
        <Policy default>
          <Limit All>
            Order deny,allow
            Allow all
          </Limit>
        </Policy>

        """.write(to: base.appendingPathComponent("cupsd.conf"), atomically: true, encoding: .utf8)
        try """
        ServerRoot \(base.path)
        RequestRoot \(base.path)/spool
        TempDir \(base.path)/tmp
        CacheDir \(base.path)/cache
        StateDir \(base.path)/state
        ErrorLog \(base.path)/log/error_log
        AccessLog \(base.path)/log/access_log
        PageLog \(base.path)/log/page_log
        FileDevice Yes
        DataDir /usr/share/cups
        ServerBin /usr/lib/cups
        User lp
        Group lp

        """.write(to: base.appendingPathComponent("cups-files.conf"), atomically: true, encoding: .utf8)
        try Self.passThroughPPD.write(to: base.appendingPathComponent("passthrough.ppd"), atomically: true, encoding: .utf8)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/cupsd")
        process.arguments = ["-f", "-c", base.appendingPathComponent("cupsd.conf").path, "-s", base.appendingPathComponent("cups-files.conf").path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(15)
        while try Tool.run("lpstat", ["-h", address, "-r"]).stdout.contains("is running") == false {
            guard Date() < deadline, process.isRunning else { stop(); throw ServerError.didNotStart(log: errorLog) }
            usleep(100_000)
        }
    }

    deinit { stop() }

    /// Stops the scheduler and removes its folder.
    public func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// Adds an enabled, accepting queue that writes every job's document to `printed(on:)`.
    public func addQueue(_ name: String) throws {
        let result = try Tool.run("lpadmin", ["-h", address, "-p", name, "-E", "-v", "file://\(printed(on: name).path)",
                                              "-P", folder.appendingPathComponent("passthrough.ppd").path])
        guard result.status == 0 else { throw ServerError.command("lpadmin", result.stderr) }
    }

    /// Makes a queue refuse new jobs.
    public func reject(_ name: String) throws {
        let result = try Tool.run("cupsreject", ["-h", address, name])
        guard result.status == 0 else { throw ServerError.command("cupsreject", result.stderr) }
    }

    /// The file a queue's device writes.
    public func printed(on queue: String) -> URL { folder.appendingPathComponent("out/\(queue).out") }

    /// Waits until a queue's file holds `count` bytes (the scheduler writes it after the job is queued) and returns it.
    public func waitForPrinted(on queue: String, count: Int, timeout: TimeInterval = 15) throws -> Data {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let data = FileManager.default.contents(atPath: printed(on: queue).path), data.count >= count {
                usleep(100_000)
                return FileManager.default.contents(atPath: printed(on: queue).path) ?? data
            }
            usleep(100_000)
        }
        throw ServerError.nothingPrinted(queue: queue, log: errorLog)
    }

    /// The scheduler's error log, for failure messages.
    public var errorLog: String { (try? String(contentsOf: folder.appendingPathComponent("log/error_log"), encoding: .utf8)) ?? "" }

    /// What went wrong with the private server.
    public enum ServerError: Error {
        case didNotStart(log: String)
        case command(String, String)
        case nothingPrinted(queue: String, log: String)
        case noFreePort
    }

    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerError.noFreePort }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw ServerError.noFreePort }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// A PPD whose only filter passes PDF through unchanged, with A4, Letter and custom sizes.
    static let passThroughPPD = """
    *PPD-Adobe: "4.3"
    *FormatVersion: "4.3"
    *FileVersion: "1.0"
    *LanguageVersion: English
    *LanguageEncoding: ISOLatin1
    *PCFileName: "LPPASS.PPD"
    *Manufacturer: "leadprint"
    *Product: "(leadprint pass-through)"
    *ModelName: "leadprint pass-through"
    *ShortNickName: "leadprint pass-through"
    *NickName: "leadprint pass-through"
    *PSVersion: "(3010.000) 0"
    *LanguageLevel: "3"
    *ColorDevice: True
    *DefaultColorSpace: RGB
    *FileSystem: False
    *Throughput: "1"
    *cupsFilter: "application/pdf 0 gziptoany"
    *OpenUI *PageSize/Media Size: PickOne
    *OrderDependency: 10 AnySetup *PageSize
    *DefaultPageSize: A4
    *PageSize A4/A4: ""
    *PageSize Letter/US Letter: ""
    *CloseUI: *PageSize
    *OpenUI *PageRegion: PickOne
    *OrderDependency: 10 AnySetup *PageRegion
    *DefaultPageRegion: A4
    *PageRegion A4/A4: ""
    *PageRegion Letter/US Letter: ""
    *CloseUI: *PageRegion
    *DefaultImageableArea: A4
    *ImageableArea A4/A4: "0 0 595.28 841.89"
    *ImageableArea Letter/US Letter: "0 0 612 792"
    *DefaultPaperDimension: A4
    *PaperDimension A4/A4: "595.28 841.89"
    *PaperDimension Letter/US Letter: "612 792"
    *VariablePaperSize: True
    *MaxMediaWidth: "1000"
    *MaxMediaHeight: "1000"
    *HWMargins: 0 0 0 0
    *CustomPageSize True: ""
    *ParamCustomPageSize Width: 1 points 1 1000
    *ParamCustomPageSize Height: 2 points 1 1000
    *ParamCustomPageSize WidthOffset: 3 points 0 0
    *ParamCustomPageSize HeightOffset: 4 points 0 0
    *ParamCustomPageSize Orientation: 5 int 0 0

    """
}

import ArgumentParser
import Foundation

/// The options of `leadprint serve`, shared by the command line, which checks them, and `leadprint-web`, which serves.
public struct ServeOptions: ParsableArguments {
    @Option(name: .customLong("host"), help: "Address to listen on.")
    public var host: String = "127.0.0.1"

    @Option(name: .customLong("port"), help: "TCP port (0 picks a free one).")
    public var port: Int = 8080

    @Option(name: .customLong("token"), help: "Access token; required when --host is not loopback.")
    public var token: String?

    @Option(name: .customLong("workers"), help: "Render workers (default: the number of cores).")
    public var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("allow-host"), help: ArgumentHelp("Also answer requests for this host name (repeatable); the bound host, localhost, 127.0.0.1 and [::1] always are.", valueName: "NAME"))
    public var allowHosts: [String] = []

    @Option(name: .customLong("data"), help: ArgumentHelp("Keep the job history (history.sqlite) in this folder, made on first run; without it nothing is recorded.", valueName: "DIR"))
    public var data: String?

    /// Options with the defaults.
    public init() {}

    public func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535 (got \(port))") }
        guard (1...64).contains(workers) else { throw ValidationError("--workers must be 1 to 64 (got \(workers))") }
        do { try settings.validate() } catch { throw ValidationError("\(error)") }
    }

    /// The web app's settings for these options.
    public var settings: WebSettings {
        var settings = WebSettings()
        settings.host = host
        settings.port = port
        settings.token = token
        settings.workers = workers
        settings.allowedHosts = allowHosts
        settings.dataFolder = data
        return settings
    }

    /// The options as arguments, for handing them on to `leadprint-web`.
    public var arguments: [String] {
        ["--host", host, "--port", String(port), "--workers", String(workers)] + (token.map { ["--token", $0] } ?? []) + allowHosts.flatMap { ["--allow-host", $0] }
            + (data.map { ["--data", $0] } ?? [])
    }
}

package org.firmas.campaign.tool;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.firmas.campaign.control.CampaignFileException;
import org.firmas.campaign.control.CampaignFileReader;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.platform.Messages;

/**
 * {@code ./mvnw -q -Pcampaigns}: checks a campaign folder, or writes a campaign's page to an HTML
 * file, and says how it went in its exit status, so a git hook can refuse a commit. See
 * {@code campaigns/README.md}.
 */
public final class CampaignCheck {

    static final int FINE = 0;
    static final int PROBLEMS = 1;
    static final int UNUSABLE = 2;

    private CampaignCheck() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err, Instant.now());
        // Run inside Maven (exec:java), a normal return lets Maven finish quietly; only a failure ends the JVM.
        if (status != FINE) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err, Instant now) {
        Locale locale = CheckArguments.localeOf(args);
        try {
            CheckArguments arguments = CheckArguments.parse(args);
            if (!Files.isDirectory(arguments.folder())) {
                throw new CheckArguments.Unusable("campaign.check.notAFolder", arguments.folder().toString());
            }
            return arguments.previews() ? preview(arguments, out, now) : check(arguments, out);
        } catch (CheckArguments.Unusable e) {
            err.println(Messages.format(locale, e.getMessage(), e.arguments()));
            return UNUSABLE;
        }
    }

    private static int check(CheckArguments arguments, PrintStream out) throws CheckArguments.Unusable {
        FolderCheck.Report report;
        try {
            report = FolderCheck.check(arguments.folder());
        } catch (IOException e) {
            throw new CheckArguments.Unusable("campaign.check.cannotRead", arguments.folder().toString(), String.valueOf(e.getMessage()));
        }
        print(report.findings(), arguments, out);
        out.println(Messages.format(arguments.locale(), "campaign.check.summary",
                report.campaignFiles(), report.areasTables(), report.findings().size()));
        return report.findings().isEmpty() ? FINE : PROBLEMS;
    }

    private static int preview(CheckArguments arguments, PrintStream out, Instant now) throws CheckArguments.Unusable {
        String fileName = arguments.preview() + ".yaml";
        Path file = arguments.folder().resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new CheckArguments.Unusable("campaign.check.noSuchCampaign", arguments.preview(), arguments.folder().toString());
        }
        CampaignDefinition campaign;
        try {
            campaign = CampaignFileReader.read(file);
        } catch (CampaignFileException e) {
            print(e.mistakes().stream().map(Finding::of).toList(), arguments, out);
            return PROBLEMS;
        }
        String html = new PreviewPage(arguments.locale()).render(campaign, fileName, read(arguments.css()), now);
        try {
            Path parent = arguments.out().toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(arguments.out(), html);
        } catch (IOException e) {
            throw new CheckArguments.Unusable("campaign.check.cannotWrite", arguments.out().toString(), String.valueOf(e.getMessage()));
        }
        out.println(Messages.format(arguments.locale(), "campaign.check.written", fileName, arguments.out().toString()));
        return FINE;
    }

    private static void print(List<Finding> findings, CheckArguments arguments, PrintStream out) {
        findings.forEach(finding -> out.println(finding.text(arguments.folder(), arguments.locale())));
    }

    private static String read(Path css) throws CheckArguments.Unusable {
        try {
            return Files.readString(css);
        } catch (IOException e) {
            throw new CheckArguments.Unusable("campaign.check.cannotRead", css.toString(), String.valueOf(e.getMessage()));
        }
    }
}

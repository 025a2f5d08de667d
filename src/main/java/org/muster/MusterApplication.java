package org.muster;

import org.muster.platform.MusterCommand;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class MusterApplication {

    /**
     * Serves by default; with a command first ({@code import …}, {@code help}, {@code --help}), runs it
     * without the web server and exits.
     */
    public static void main(String[] args) {
        if (MusterCommand.isCommandLine(args)) {
            var context = new SpringApplicationBuilder(MusterApplication.class)
                    .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                    .properties("logging.level.root=WARN").run(args);
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(MusterApplication.class, args);
    }
}

package vn.tinhso;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.tinhso.platform.backup.BackupCommands;
import vn.tinhso.platform.db.EarlyEmbeddedStart;

/**
 * TinhSo — the digital province. One deployable, many Spring Modulith modules
 * (one top-level package each; see DESIGN.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TinhSoApplication {

	public static void main(String[] args) {
		// Business dates are Vietnamese dates; make that the default unless the operator chose otherwise.
		if (System.getProperty("user.timezone", "").isBlank() || System.getenv("TZ") == null) {
			TimeZone.setDefault(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
		}
		if (BackupCommands.handles(args)) {
			// backup / restore / verify-backup: the same jar and configuration, without starting the application
			System.exit(BackupCommands.run(args));
		}
		SpringApplication app = new SpringApplication(TinhSoApplication.class);
		app.addInitializers(new EarlyEmbeddedStart());
		app.run(args);
	}
}

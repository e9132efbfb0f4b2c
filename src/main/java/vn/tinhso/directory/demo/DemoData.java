package vn.tinhso.directory.demo;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.directory.account.AccountService;
import vn.tinhso.directory.account.Registration;
import vn.tinhso.directory.agency.Agencies;
import vn.tinhso.directory.importing.ImportJob;
import vn.tinhso.directory.importing.ImportService;
import vn.tinhso.platform.Actor;

/**
 * A living demo province on first start: Bắc Ninh's agencies and communes, officials in every role,
 * a few citizens and an organisation, all with the demo password. Runs only on an empty directory,
 * so restarts (and an installation that already has real data) are left alone.
 */
@Component
@Order(1) // before the modules whose demo data refers to agencies
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Agencies agencies;
	private final ImportService imports;
	private final AccountService accounts;
	private final PasswordEncoder encoder;
	private final boolean enabled;
	private final String password;
	private final TransactionTemplate tx;

	DemoData(Agencies agencies, ImportService imports, AccountService accounts, PasswordEncoder encoder,
			TransactionTemplate tx,
			@Value("${tinhso.demo.enabled:true}") boolean enabled, @Value("${tinhso.demo.password}") String password) {
		this.agencies = agencies;
		this.imports = imports;
		this.accounts = accounts;
		this.encoder = encoder;
		this.enabled = enabled;
		this.password = password;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (enabled && agencies.count() == 0) {
			load();
		}
	}

	/** Loads the demo province; refuses (changing nothing) if any agency exists already. */
	synchronized void load() throws IOException {
		if (agencies.count() > 0) {
			return;
		}
		long started = System.nanoTime();
		String hash = encoder.encode(password); // one hash for every demo account keeps first start fast
		byte[] agencyCsv = read("demo/agencies.csv");
		byte[] officialCsv = read("demo/officials.csv");
		tx.executeWithoutResult(status -> loadAll(hash, agencyCsv, officialCsv)); // all or nothing
		log.info("Demo province loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void loadAll(String hash, byte[] agencyCsv, byte[] officialCsv) {
		check(imports.runNow("agencies", "demo/agencies.csv", agencyCsv, Actor.SYSTEM, null));
		check(imports.runNow("officials", "demo/officials.csv", officialCsv, Actor.SYSTEM, hash));
		register(hash, "CITIZEN", "027090001234", "Nguyễn Văn Bình", "binh.nguyen@example.vn", "0912000111");
		register(hash, "CITIZEN", "024195004321", "Trần Thị Mai", "mai.tran@example.vn", "0987000222");
		register(hash, "CITIZEN", "027301005678", "Lê Minh Châu", "chau.le@example.vn", "0868000333");
		register(hash, "ORGANISATION", "2300123454", "Công ty TNHH Kinh Bắc Số", "lienhe@kinhbacso.example.vn", "02223800440",
				"Số 8 đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh");
	}

	private void register(String hash, String type, String id, String name, String email, String phone) {
		register(hash, type, id, name, email, phone, "");
	}

	private void register(String hash, String type, String id, String name, String email, String phone,
			String address) {
		accounts.register(new Registration(type, id, name, email, phone, address, password, password), hash);
	}

	private static void check(ImportJob job) {
		if (!"DONE".equals(job.status())) {
			throw new IllegalStateException("Demo data " + job.fileName() + " did not import: " + job.problems());
		}
	}

	private static byte[] read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
	}
}

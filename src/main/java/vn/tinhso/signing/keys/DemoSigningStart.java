package vn.tinhso.signing.keys;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.StartupWork;

/**
 * At a demo start, makes sure the demo root exists so that its certificate can be trusted; leaders' and
 * agencies' certificates follow lazily (see {@link DemoProvisioning}). The root's key is made on the
 * start-up thread from the first runner on, while the directory's demo data loads.
 */
@Component
@Order(0)
class DemoSigningStart implements ApplicationRunner {

	private final DemoAuthority authority;
	private final DemoProvisioning provisioning;
	private final StartupWork startup;

	DemoSigningStart(DemoAuthority authority, DemoProvisioning provisioning, StartupWork startup) {
		this.authority = authority;
		this.provisioning = provisioning;
		this.startup = startup;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (provisioning.enabled()) {
			startup.inBackground("Demo certificate authority", authority::root);
		}
	}
}

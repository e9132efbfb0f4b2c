package vn.tinhso.signing.keys;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At a demo start (after the directory's demo data), makes sure the demo root exists so that its
 * certificate can be trusted; leaders' and agencies' certificates follow lazily (see {@link DemoProvisioning}).
 */
@Component
@Order(4)
class DemoSigningStart implements ApplicationRunner {

	private final DemoAuthority authority;
	private final DemoProvisioning provisioning;

	DemoSigningStart(DemoAuthority authority, DemoProvisioning provisioning) {
		this.authority = authority;
		this.provisioning = provisioning;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (provisioning.enabled()) {
			authority.root();
		}
	}
}

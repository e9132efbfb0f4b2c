package vn.tinhso.directory;

import java.util.Set;

/**
 * An official's roles as one read found them: every role held anywhere, and those held over one agency (in it
 * or in one of its ancestors).
 */
public record RoleReach(Set<Role> held, Set<Role> over) {

	public RoleReach {
		held = Set.copyOf(held);
		over = Set.copyOf(over);
	}
}

package vn.tinhso.procedure;

import java.math.BigDecimal;

import vn.tinhso.directory.Role;

/** One step of the agency's internal process (quy trình nội bộ): who acts and their share of the time. */
public record ProcessStep(String name, Role role, String unit, BigDecimal days) {
}

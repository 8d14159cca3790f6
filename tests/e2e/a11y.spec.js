// Accessibility, checked by axe-core against WCAG 2.1 A and AA in every theme: contrast,
// names, roles, keyboard reach of what scrolls. What axe cannot judge (reading order, the
// words themselves) the other specs and the screenshots cover.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, openApp } from "./fixtures.js";

const PAGES = [
  "#view=lab&op=eig&A=2,1;1,2&show=maths,map",
  "#view=lab&op=solve&A=2,1;1,3&b=8;13&show=maths",
  "#view=lab&op=det&A=1,2,3;4,5,6;7,8,10&show=map&lesson=demystified.3",
  "#view=lab&op=inv&A=1,2;2,4",
  "#view=train&data=xor",
  "#view=train&data=digits",
  "?view=lessons",
  "?view=gpu",
];

for (const path of PAGES) {
  test(`no WCAG 2.1 AA violations in any theme: ${path}`, async ({ page }) => {
    await openApp(page, path);
    // The digits arrive after the page: check their panels, not the wait for them.
    if (path.includes("data=digits")) await expect(page.locator(".digits-note")).toContainText("CC BY 4.0");
    for (const theme of ["light", "dark", "projector"]) {
      await page.getByLabel("Theme").selectOption(theme);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      const found = violations.map((v) => `${theme}: ${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(found).toEqual([]);
    }
  });
}

"""Every library the shipped code imports is a declared dependency (or in an optional extra), bounded below
and above, and the installed version lies within its bounds."""

import ast
import sys
import tomllib
from importlib.metadata import packages_distributions, version
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ["signalchain", "privacy", "ml", "assets", "orchestration", "cli"]
PROJECT_PACKAGES = set(SHIPPED) | {"demo", "tests", "scripts"}


OPTIONAL = ["spark"]  # extras whose libraries shipped code imports (signalchain/spark/, `.[spark]`)


def _declared() -> dict[str, Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = [r for extra in OPTIONAL for r in project["optional-dependencies"][extra]]
    requirements = [Requirement(r) for r in [*project["dependencies"], *extras]]
    return {r.name.lower().replace("_", "-"): r for r in requirements}


def _imported_modules() -> set[str]:
    modules = set()
    for package in SHIPPED:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, ast.Import):
                    modules |= {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    modules.add(node.module.split(".")[0])
    return {m for m in modules if m not in sys.stdlib_module_names and m not in PROJECT_PACKAGES}


def test_every_imported_library_is_declared_with_bounds():
    distributions, declared = packages_distributions(), _declared()
    missing, unbounded = [], []
    for module in sorted(_imported_modules()):
        names = [d.lower().replace("_", "-") for d in distributions.get(module, [module])]
        requirement = next((declared[n] for n in names if n in declared), None)
        if requirement is None:
            missing.append(f"{module} ({', '.join(names)})")
            continue
        operators = {spec.operator for spec in requirement.specifier}
        if not operators & {">=", ">", "~=", "=="} or not operators & {"<", "<=", "~=", "=="}:
            unbounded.append(str(requirement))
    assert not missing, f"imported but not in pyproject.toml's dependencies: {missing}"
    assert not unbounded, f"declared without a lower and an upper bound: {unbounded}"


def test_the_installed_versions_lie_within_the_bounds():
    outside = [f"{name} {version(name)} not in {requirement.specifier}" for name, requirement in _declared().items()
               if not requirement.specifier.contains(version(name), prereleases=True)]
    assert not outside, outside

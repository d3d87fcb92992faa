"""A headless LibreOffice Calc of our own, driven through its UNO bridge: shared by lo-fill.py and lo-sum.py.

with_office(profile, pipe, work) starts soffice with its own profile folder, connects over a named pipe, calls
work(ctx) and ends the office (terminate, then kill if it lingers).
"""
import subprocess
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 90
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if time.time() > deadline:
                raise
            time.sleep(0.3)


def with_office(profile, pipe, work):
    soffice = subprocess.Popen(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ctx = connect(pipe)
        result = work(ctx)
        try:
            ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx).terminate()
        except Exception:
            pass  # the bridge goes down with the office
        soffice.wait(timeout=60)
        return result
    finally:
        if soffice.poll() is None:
            soffice.kill()
            soffice.wait()

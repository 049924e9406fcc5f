"""Drives the leadprint web page in headless Chromium as a sales person would.

Usage: compare_form.py URL DOWNLOAD_FOLDER CUSTOMER
Opens the page, switches to the comparison tab, types the customer, waits for the preview image of page 1,
clicks "Download PDF" and waits for the file. Prints the downloaded file's path; exits non-zero on any failure.
"""
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait

url, folder, customer = sys.argv[1], sys.argv[2], sys.argv[3]
options = webdriver.ChromeOptions()
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1300,950"):
    options.add_argument(flag)
options.binary_location = "/usr/bin/chromium"
options.add_experimental_option("prefs", {"download.default_directory": folder, "download.prompt_for_download": False})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    wait = WebDriverWait(driver, 30)
    driver.get(url)
    wait.until(ready.element_to_be_clickable((By.CSS_SELECTOR, "nav button[data-tab=compare]"))).click()
    field = wait.until(ready.visibility_of_element_located((By.CSS_SELECTOR, "#compare input[name=customer]")))
    field.send_keys(customer)
    # The preview is a blob: URL set once the server answered for the form as typed.
    wait.until(lambda d: d.find_element(By.ID, "page-count").text.startswith("2 pages"))
    wait.until(lambda d: d.execute_script(
        "const i = document.getElementById('preview'); return i.src.startsWith('blob:') && i.complete && i.naturalWidth > 0"))
    driver.find_element(By.ID, "download-pdf").click()
    deadline = time.time() + 30
    while time.time() < deadline:
        done = [f for f in os.listdir(folder) if f.endswith(".pdf")]
        if done:
            print(os.path.join(folder, done[0]))
            break
        time.sleep(0.2)
    else:
        sys.exit("no PDF was downloaded")
finally:
    driver.quit()

; EvalDesk's installer (NSIS 3, built by package/windows.sh, which defines VERSION, STAGE,
; FILES, STRINGS, ICON and OUTFILE). For the current user only: no administrator rights,
; the program under %LOCALAPPDATA%\Programs\EvalDesk, a Start-menu shortcut that starts in
; Documents\EvalDesk (where the sessions go), and an uninstaller that removes the files it
; installed and nothing else: sessions, settings and recovery copies stay.
; 64-bit like the program itself (which needs 64-bit Windows): it also runs under
; Wine 64 in CI without the 32-bit Wine.
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!include "${FILES}"

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\EvalDesk"

Name "EvalDesk ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\EvalDesk"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "EvalDesk ${VERSION}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\evaldesk.exe"
!define MUI_FINISHPAGE_RUN_TEXT "$(INSTALLER_RUN)"
!define MUI_FINISHPAGE_SHOWREADME "$INSTDIR\$(INSTALLER_GUIDE_FILE)"
!define MUI_FINISHPAGE_SHOWREADME_TEXT "$(INSTALLER_GUIDE)"
!define MUI_FINISHPAGE_SHOWREADME_NOTCHECKED

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Vietnamese first: it is the default in the language box whatever Windows' language.
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!include "${STRINGS}"

Function .onInit
  StrCpy $LANGUAGE ${LANG_VIETNAMESE}
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "EvalDesk"
  SetOutPath "$INSTDIR"
  !insertmacro INSTALL_FILES
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; The sessions' folder, with the demo sessions the first time (never over the user's).
  CreateDirectory "$DOCUMENTS\EvalDesk\evaluations"
  !insertmacro DEMO_SESSIONS

  ; A shortcut starts in its working folder, which NSIS takes from SetOutPath: there the
  ; program finds evaluations\ and creates new sessions.
  SetOutPath "$DOCUMENTS\EvalDesk"
  CreateShortcut "$SMPROGRAMS\EvalDesk.lnk" "$INSTDIR\evaldesk.exe" "" \
    "$INSTDIR\evaldesk.exe" 0 SW_SHOWNORMAL "" "$(INSTALLER_SHORTCUT)"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "EvalDesk"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "EvalDesk"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\evaldesk.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\EvalDesk.lnk"
  !insertmacro UNINSTALL_FILES
  Delete "$INSTDIR\uninstall.exe"
  ; Only if empty: anything the user put there stays.
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DetailPrint "$(INSTALLER_KEPT)"
  SetDetailsPrint none
SectionEnd

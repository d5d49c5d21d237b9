; NSIS 3 script for the Quotebench setup (per-machine, 64-bit).
; packaging/windows.sh runs:
;   makensis -V2 -DVERSION=0.1.0 -DVERSION4=0.1.0.42 -DDISPLAYVERSION=<git describe> \
;            -DEXE=<quotebench.exe> -DICON=<quotebench.ico> -DOUTFILE=<setup.exe> quotebench.nsi
; It installs quotebench.exe into Program Files, adds a Start menu entry, an
; uninstaller with its Add/Remove Programs entry, and opens *.quotebench
; project files with Quotebench.

Unicode true
!include "MUI2.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

!ifndef VERSION
  !error "define VERSION (x.y.z)"
!endif
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"
!endif
!ifndef DISPLAYVERSION
  !define DISPLAYVERSION "${VERSION}"
!endif

!define APPNAME "Quotebench"
!define APPID "io.github.quotebench.Quotebench"
!define PROGID "Quotebench.Project"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPID}"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APPNAME}"
InstallDirRegKey HKLM "Software\${APPNAME}" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
ManifestDPIAware true

VIProductVersion "${VERSION4}"
VIAddVersionKey "ProductName" "${APPNAME}"
VIAddVersionKey "FileDescription" "${APPNAME} setup"
VIAddVersionKey "ProductVersion" "${DISPLAYVERSION}"
VIAddVersionKey "FileVersion" "${VERSION4}"
VIAddVersionKey "LegalCopyright" "The Quotebench developers"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\quotebench.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APPNAME}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APPNAME} needs 64-bit Windows."
    Abort
  ${EndIf}
  SetRegView 64
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "Quotebench" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "/oname=quotebench.exe" "${EXE}"
  ; Apache-2.0, and the licences of what the exe includes
  File "/oname=LICENSE.txt" "${LICENSEFILE}"
  File "/oname=THIRD_PARTY_NOTICES.txt" "${NOTICES}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "Software\${APPNAME}" "InstallDir" "$INSTDIR"

  ; Start menu (all users)
  SetShellVarContext all
  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\quotebench.exe" "" "$INSTDIR\quotebench.exe" 0

  ; .quotebench project files open in Quotebench
  WriteRegStr HKLM "Software\Classes\.quotebench" "" "${PROGID}"
  WriteRegStr HKLM "Software\Classes\.quotebench" "Content Type" "application/x-quotebench"
  WriteRegStr HKLM "Software\Classes\${PROGID}" "" "Quotebench project"
  WriteRegStr HKLM "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\quotebench.exe,0"
  WriteRegStr HKLM "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\quotebench.exe" "%1"'
  WriteRegStr HKLM "Software\Classes\Applications\quotebench.exe" "FriendlyAppName" "${APPNAME}"
  WriteRegStr HKLM "Software\Classes\Applications\quotebench.exe\SupportedTypes" ".quotebench" ""

  ; Add/Remove Programs
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${DISPLAYVERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "The Quotebench developers"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\quotebench.exe,0"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "URLInfoAbout" "https://github.com/quotebench/quotebench"
  WriteRegStr HKLM "${UNINSTKEY}" "HelpLink" "https://github.com/quotebench/quotebench/issues"
  WriteRegStr HKLM "${UNINSTKEY}" "Comments" "Licensed under the Apache License 2.0"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTKEY}" "EstimatedSize" "$0"

  ; tell Explorer the associations changed (SHCNE_ASSOCCHANGED)
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$INSTDIR\quotebench.exe"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\THIRD_PARTY_NOTICES.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ; remove the association only if it is still ours
  ReadRegStr $0 HKLM "Software\Classes\.quotebench" ""
  ${If} $0 == "${PROGID}"
    DeleteRegKey HKLM "Software\Classes\.quotebench"
  ${EndIf}
  DeleteRegKey HKLM "Software\Classes\${PROGID}"
  DeleteRegKey HKLM "Software\Classes\Applications\quotebench.exe"
  DeleteRegKey HKLM "Software\${APPNAME}"
  DeleteRegKey HKLM "${UNINSTKEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  ; project files in %AppData%\quotebench are the user's data and stay.
SectionEnd
